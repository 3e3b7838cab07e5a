"""The tables of the knowledge base, their foreign keys and indexes.

Foreign keys are declared so that Datasette links rows both ways (a citation to its document,
a document to its citations). Tables are created once; ``ensure_schema`` is safe to call on
every open.
"""

from __future__ import annotations

import json
import re

import numpy as np
import sqlite_utils

from plankb.kb import fts, quotes
from plankb.kb.similar import N_HASHES

SCHEMA_VERSION = "12"


# table -> (columns, primary key, foreign keys as (column, other table, other column))
TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...], list[tuple[str, str, str]]]] = {
    "bodies": (
        {"id": int, "key": str, "name": str, "name_key": str, "search_key": str, "scope": str, "level": str},
        "id",
        [],
    ),
    "documents": (
        {
            "id": str, "label": str, "doc_type": str, "symbol": str, "issuer": str, "issuer_id": int,
            "issuer_code": str, "issuer_level": str, "place": str, "province": str,
            "province_now": str,  # the province of today (34 since 2025) the document's province is part of
            "locality": str,
            "date": str, "year": int, "title": str, "signer_name": str, "signer_title": str,
            "signer_authority": str, "source_path": str, "format": str, "sha256": str,
            "extractor_version": str, "n_warnings": int, "warnings": str, "text": str, "ingested_at": str,
        },
        "id",
        [("issuer_id", "bodies", "id")],
    ),
    # the record's JSON, zlib-compressed against its document's text (rows.stored_record; read with
    # rows.record_json or plankb_record_json(record, text), or the records_json view)
    "records": ({"document_id": str, "record": bytes}, "document_id", [("document_id", "documents", "id")]),
    "files": (
        {"path": str, "document_id": str, "sha256": str, "extractor_version": str, "ingested_at": str},
        "path",
        [("document_id", "documents", "id")],
    ),
    # Each distinct section heading once (schema 12): a plan's headings ("MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC
    # THỰC HIỆN") recur across plans, and each passage names its heading by id.
    "headings": ({"id": int, "heading": str}, "id", []),
    "passages": (
        {"id": int, "document_id": str, "seq": int, "path": str, "heading_id": int, "level": int,
         # the passage's text is documents.text[start:end] (its heading when the text is unknown):
         # stored once, read through the passage_texts view; full-text indexed in its plain form
         "start": int, "end": int,
         "kind": str,  # the section's kind from its heading (kb/sections.py), on its first piece
         "section_end": int},  # where the whole section ends, its subsections included
        "id",
        [("document_id", "documents", "id"), ("heading_id", "headings", "id")],
    ),
    "cited_documents": (
        {"key": str, "label": str, "symbol": str, "doc_type": str, "scope": str, "date": str, "dates": str,
         "year": int, "issuer": str, "subject": str, "term": str, "n_citations": int, "n_documents": int,
         "documents_id": str},
        "key",
        [("documents_id", "documents", "id")],
    ),
    "citations": (
        {"id": int, "document_id": str, "cited_id": str, "symbol": str, "doc_type": str, "date": str,
         "issuer": str, "term": str, "scope": str, "subject": str, "relation": str, "text": str,
         "start": int, "end": int, "citing_date": str, "first_mention": int},
        "id",
        [("document_id", "documents", "id"), ("cited_id", "cited_documents", "key")],
    ),
    "conflicts": (
        {"id": int, "cited_id": str, "symbol": str, "kind": str, "detail": str, "evidence": str},
        "id",
        [("cited_id", "cited_documents", "key")],
    ),
    "assignments": (
        {"id": int, "document_id": str, "body": str, "body_id": int, "role": str, "task": str,
         "deadline": str, "text": str, "start": int, "end": int,
         "document_date": str,  # the document's date again: body_tasks sorts by it without a join
         "name_key": str},  # the body's name without its place: one index range for a name in every province
        "id",
        [("document_id", "documents", "id"), ("body_id", "bodies", "id")],
    ),
    "deadlines": (
        {"id": int, "document_id": str, "date": str, "precision": str, "recurrence": str, "qualifier": str,
         "due": str, "month_day": str, "task": str, "bodies": str, "text": str, "start": int, "end": int},
        "id",
        [("document_id", "documents", "id")],
    ),
    "deadline_bodies": (
        {"deadline_id": int, "body_id": int},
        ("deadline_id", "body_id"),
        [("deadline_id", "deadlines", "id"), ("body_id", "bodies", "id")],
    ),
    "recipients": (
        {"id": int, "document_id": str, "name": str, "purpose": str, "body_id": int},
        "id",
        [("document_id", "documents", "id"), ("body_id", "bodies", "id")],
    ),
    "model_areas": (
        {"id": int, "document_id": str, "area": str, "label": str, "text": str, "start": int, "end": int},
        "id",
        [("document_id", "documents", "id")],
    ),
    "passage_signatures": (
        {"passage_id": int, "signature": bytes},
        "passage_id",
        [("passage_id", "passages", "id")],
    ),
    "similar_pending": ({"passage_id": int}, "passage_id", [("passage_id", "passages", "id")]),
    "fts_pending": ({"passage_id": int}, "passage_id", []),
    # Symbols whose citations must be regrouped and linked at the end of the batch, written in each
    # document's transaction: a batch killed before its end leaves them for the next run.
    "resolve_pending": ({"symbol": str}, "symbol", []),
    "kb_meta": ({"key": str, "value": str}, "key", []),
}  # fmt: skip

INDEXES = [
    ("documents", ["symbol"]), ("documents", ["issuer_id"]), ("documents", ["year"]), ("documents", ["doc_type"]),
    ("files", ["document_id"]), ("citations", ["document_id"]),
    ("citations", ["cited_id"]), ("citations", ["symbol", "first_mention", "citing_date", "document_id"]), ("cited_documents", ["symbol"]),
    ("cited_documents", ["documents_id"]), ("conflicts", ["cited_id"]), ("assignments", ["document_id"]),
    ("assignments", ["body_id", "document_date", "start"]), ("assignments", ["name_key", "document_date", "start", "body_id"]), ("deadlines", ["document_id"]), ("deadlines", ["due"]),
    ("deadlines", ["month_day"]), ("documents", ["date"]), ("deadline_bodies", ["body_id"]), ("recipients", ["document_id"]),
    ("recipients", ["body_id"]), ("model_areas", ["document_id"]), ("similar_passages", ["other_id"]),
]  # fmt: skip

# Secondary indexes over the rows where a column is known (SQL, a name INDEXES' way): a query
# comparing that column (kind = ?) uses them, and the rows without it (most passages have no
# kind) take no room.
PARTIAL_INDEXES = [
    ("idx_passages_kind_document_id", "passages", ["kind", "document_id"], "kind IS NOT NULL"),
]


# A heading is looked up by its first characters (each document's transaction names its headings):
# an index of the whole heading would hold every heading twice.
HEADING_PREFIX = 16
HEADINGS_INDEX = f"CREATE INDEX IF NOT EXISTS idx_headings_prefix ON headings (substr(heading, 1, {HEADING_PREFIX}))"


# Each passage's most similar passages of other documents, one row per pair: the pair is the key
# (no rowid), and the other passage's document is read through it (no copy of its id). The score
# (three decimals) is kept as what it falls short of 1 in thousandths (score_gap): an integer of 0
# bytes for the many exact copies (1.0), 1 byte down to 0.873, 2 below, where a FLOAT takes 8 unless
# whole; ``score`` gives it back as a VIRTUAL generated column (plain SQLite, no room taken; the
# same float as before).
SIMILAR_PASSAGES = (
    "CREATE TABLE IF NOT EXISTS similar_passages (passage_id INTEGER NOT NULL REFERENCES passages(id),"
    " other_id INTEGER NOT NULL REFERENCES passages(id), score FLOAT GENERATED ALWAYS AS ((1000 - score_gap) / 1000.0) VIRTUAL,"
    " score_gap INTEGER, PRIMARY KEY (passage_id, other_id)) WITHOUT ROWID"
)
# The stored columns behind a generated one, which pages and exports leave out: they show the
# generated column (a quote, a score) as the table always had it.
STORAGE_COLUMNS = {**quotes.STORAGE_COLUMNS, "similar_passages": ("score_gap",)}
# ... as schemas 5 to 10 declared it (what _from_4 writes; _from_10 converts it)
SIMILAR_PASSAGES_5 = (
    "CREATE TABLE IF NOT EXISTS similar_passages (passage_id INTEGER NOT NULL REFERENCES passages(id),"
    " other_id INTEGER NOT NULL REFERENCES passages(id), score FLOAT, PRIMARY KEY (passage_id, other_id)) WITHOUT ROWID"
)


def create_table(db: sqlite_utils.Database, name: str) -> None:
    """Create a table of TABLES; a quote (kb/quotes.py) as its VIRTUAL generated column, where it
    was, over the stored columns added at the end."""
    columns, pk, fks = TABLES[name]
    if name not in quotes.CUT_COLUMNS:
        db[name].create(columns, pk=pk, foreign_keys=fks)
        return
    a, b = quotes.CUT_COLUMNS[name]
    stored = {**columns, "text_rest": str, f"{a}_at": int, f"{b}_at": int}
    sql = db.create_table_sql(name, stored, pk=pk, foreign_keys=fks)
    declared = re.search(r'(\[text\]|"text") TEXT(?=,)', sql)  # (sqlite-utils quotes names one way or the other)
    generated = f" GENERATED ALWAYS AS ({quotes.restored_sql(a, b)}) VIRTUAL"
    db.execute(sql[: declared.end()] + generated + sql[declared.end() :])


class SchemaError(Exception):
    """A database made by another version of the schema."""


def ensure_schema(db: sqlite_utils.Database, defer_indexes: bool = False) -> None:
    """Create what is missing; kb_meta is written last, so an interrupted creation is resumed.

    ``defer_indexes`` leaves out the secondary indexes (INDEXES) and drops them if present: a
    first build writes its documents faster without them and creates them once at the end
    (``create_indexes``). Otherwise any that are missing, as after an interrupted first build,
    are created now."""
    if db["kb_meta"].exists():
        found = db.execute("SELECT value FROM kb_meta WHERE key = 'schema_version'").fetchone()
        migrated_from = found[0] if found else None
        # (a table made again under its name must not take the rows of others with it, which a drop
        # with foreign keys on would: SQLite's own way, sqlite.org/lang_altertable.html#otheralter)
        keys_on = db.execute("PRAGMA foreign_keys").fetchone()[0]
        db.execute("PRAGMA foreign_keys=OFF")
        try:
            while found and found[0] in MIGRATIONS:  # each migration to the next version, in turn
                version, migrate = MIGRATIONS[found[0]]
                with db.atomic():
                    migrate(db)
                    db.execute("UPDATE kb_meta SET value = ? WHERE key = 'schema_version'", (version,))
                found = (version,)
        finally:
            db.execute(f"PRAGMA foreign_keys={'ON' if keys_on else 'OFF'}")
        if migrated_from in ("2", "3", "4", "5", "6", "7", "8", "9", "10", "11"):
            # 5 dropped the passages' copies of their text, 7 compressed the records, 8 halved the
            # signatures and buckets, 9 trimmed the buckets, 10 recompressed the records against
            # their texts, 11 cut the quotes and scores down, 12 recompressed the records with their
            # keys: give their pages back (once; it
            # rewrites the file)
            with db.ensure_autocommit_on():
                db.execute("VACUUM")
        if not found or found[0] != SCHEMA_VERSION:
            raise SchemaError(
                f"{db.conn.execute('PRAGMA database_list').fetchone()[2]}: knowledge-base schema version"
                f" {found[0] if found else '?'}, this plankb writes {SCHEMA_VERSION}; ingest into a new database file"
            )
        _add_missing_tables(db)
        if defer_indexes:
            drop_indexes(db)
        else:
            create_indexes(db)
        return
    with db.atomic():
        for name in TABLES:
            if name != "kb_meta" and not db[name].exists():
                create_table(db, name)
        db.execute(SIMILAR_PASSAGES)
        # Unique keys and what each document's own transaction looks up: never deferred.
        db["bodies"].create_index(["key"], unique=True, if_not_exists=True)
        db["passages"].create_index(["document_id", "seq"], unique=True, if_not_exists=True)
        db.execute(HEADINGS_INDEX)
        if not defer_indexes:
            create_indexes(db)
        # LSH buckets of passage signatures: a bare (bucket, passage) index, no rowid needed, and no
        # index by passage: a passage's buckets are computed again from its signature to delete them.
        db.execute(
            "CREATE TABLE IF NOT EXISTS passage_buckets (bucket INTEGER NOT NULL, passage_id INTEGER NOT NULL"
            " REFERENCES passages(id), PRIMARY KEY (bucket, passage_id)) WITHOUT ROWID"
        )
    # Full-text index over the plain (folded, accent-free) form, filled in bulk (kb/fts.py).
    fts.create(db)
    with db.atomic():
        db.execute(RECORDS_JSON)
        db["kb_meta"].create(TABLES["kb_meta"][0], pk="key")
        db["kb_meta"].insert({"key": "schema_version", "value": SCHEMA_VERSION})


# Tables added since a version, which older code does not read: created on open, no migration.
ADDED_TABLES = ("resolve_pending",)

# The records as JSON text, for Datasette's JSON and CSV (which show a BLOB as base64) and for SQL
# without decompressing by hand; plankb_record_json is registered wherever plankb opens a base.
# A record is compressed against its document's text (schema 10), read here in records' order.
RECORDS_JSON = (
    "CREATE VIEW IF NOT EXISTS records_json AS SELECT document_id, plankb_record_json(record,"
    " (SELECT d.text FROM documents d WHERE d.id = records.document_id)) AS record FROM records"
)


def _add_missing_tables(db: sqlite_utils.Database) -> None:
    with db.atomic():
        for name in ADDED_TABLES:
            if not db[name].exists():
                columns, pk, fks = TABLES[name]
                db[name].create(columns, pk=pk, foreign_keys=fks)
        db.execute(RECORDS_JSON)


def _from_2(db: sqlite_utils.Database) -> None:
    """3 adds assignments.name_key (for body_tasks); filled from the bodies already stored."""
    db.execute("ALTER TABLE assignments ADD COLUMN name_key TEXT")
    db.execute("UPDATE assignments SET name_key = (SELECT b.name_key FROM bodies b WHERE b.id = assignments.body_id)")


def _from_3(db: sqlite_utils.Database) -> None:
    """4 adds passages.kind and passages.section_end (the drafters' page), from the stored records."""
    from plankb.kb.rows import passage_rows, record_json

    for name in ("passages_au",):  # filling the new columns must not reindex every passage
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute("ALTER TABLE passages ADD COLUMN kind TEXT")
    db.execute("ALTER TABLE passages ADD COLUMN section_end INTEGER")
    docs = db.execute("SELECT d.id, d.text, r.record FROM documents d JOIN records r ON r.document_id = d.id")
    for doc_id, text, record in docs.fetchall():
        for row in passage_rows(json.loads(record_json(record, text)), text):
            db.execute(
                "UPDATE passages SET kind = ?, section_end = ? WHERE document_id = ? AND seq = ?",
                (row["kind"], row["section_end"], doc_id, row["seq"]),
            )


def _from_4(db: sqlite_utils.Database) -> None:
    """5 keeps each text once: passages lose their copies (text, plain) and point into the document's
    text by offsets, trimmed as the copies were; the full-text index becomes contentless, refilled;
    the similarity buckets lose their index by passage, similar pairs their rowid and document id."""
    conn = db.conn
    for name in ("passages_ai", "passages_ad", "passages_au"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'passages_fts%'").fetchall():
        if name == "passages_fts":
            conn.execute("DROP TABLE passages_fts")  # its shadow tables go with it
    rows = conn.execute(
        "SELECT p.id, p.start, p.end, substr(d.text, p.start + 1, p.end - p.start) FROM passages p"
        " JOIN documents d ON d.id = p.document_id WHERE d.text IS NOT NULL"
    ).fetchall()
    conn.executemany("UPDATE passages SET start = ?, end = ? WHERE id = ?", [(*trimmed(s, e, raw), pid) for pid, s, e, raw in rows])
    conn.execute("ALTER TABLE passages DROP COLUMN text")
    conn.execute("ALTER TABLE passages DROP COLUMN plain")
    conn.execute("DROP INDEX IF EXISTS idx_passage_buckets_passage_id")  # see similar.forget_document
    conn.execute("ALTER TABLE similar_passages RENAME TO similar_passages_4")
    conn.execute("DROP INDEX IF EXISTS idx_similar_passages_other_id")
    conn.execute("DROP INDEX IF EXISTS idx_similar_passages_other_document_id")
    conn.execute(SIMILAR_PASSAGES_5)
    conn.execute("INSERT INTO similar_passages SELECT passage_id, other_id, score FROM similar_passages_4")
    conn.execute("DROP TABLE similar_passages_4")
    conn.execute("DELETE FROM fts_pending")
    fts.create_in_transaction(conn)
    conn.execute(f"INSERT INTO passages_fts (rowid, plain) SELECT id, plankb_plain(text) FROM {fts.TEXTS}")


def _from_5(db: sqlite_utils.Database) -> None:
    """6 adds documents.province_now, where each document's province is since the 2025 merger."""
    db.execute("ALTER TABLE documents ADD COLUMN province_now TEXT")
    db.execute("UPDATE documents SET province_now = plankb_province_now(province) WHERE province IS NOT NULL")


def _from_6(db: sqlite_utils.Database) -> None:
    """7 keeps each record's JSON zlib-compressed, in a BLOB column (as a new base declares it):
    the same JSON text comes back from rows.record_json."""
    from plankb.kb.rows import record_json, stored_json

    conn = db.conn
    conn.execute("DROP VIEW IF EXISTS records_json")  # made again on open (_add_missing_tables)
    conn.execute("ALTER TABLE records RENAME TO records_6")
    columns, pk, fks = TABLES["records"]
    db["records"].create(columns, pk=pk, foreign_keys=fks)
    # (with its document's text: a record already compressed against it, as a newer plankb writes, reads back too)
    found = conn.execute(
        "SELECT r.document_id, r.record, (SELECT d.text FROM documents d WHERE d.id = r.document_id) FROM records_6 r ORDER BY r.rowid"
    )
    while batch := found.fetchmany(1000):
        conn.executemany(
            "INSERT INTO records (document_id, record) VALUES (?, ?)",
            [(doc_id, stored_json(record_json(record, text))) for doc_id, record, text in batch],
        )
    conn.execute("DROP TABLE records_6")


def _from_7(db: sqlite_utils.Database) -> None:
    """8 keeps 16 bits of each signature value and 32-bit bucket numbers (kb/similar.py), the
    buckets computed again from the signatures kept, and indexes passages by kind only where
    the kind is known. The similar pairs stay: their scores are those of the full signatures."""
    from plankb.kb.similar import buckets, read_signature, stored_signature

    conn = db.conn
    found = conn.execute("SELECT passage_id, signature FROM passage_signatures ORDER BY passage_id")
    kept = []
    while batch := found.fetchmany(5000):
        for pid, blob in batch:
            old = np.frombuffer(blob, dtype=np.uint32) if len(blob) == 4 * N_HASHES else read_signature(blob)
            kept.append((pid, stored_signature(old).tobytes()))
    conn.executemany("UPDATE passage_signatures SET signature = ? WHERE passage_id = ?", [(b, p) for p, b in kept])
    conn.execute("DELETE FROM passage_buckets")
    for i in range(0, len(kept), 5000):
        conn.executemany(
            "INSERT OR IGNORE INTO passage_buckets (bucket, passage_id) VALUES (?, ?)",
            sorted((key, pid) for pid, blob in kept[i : i + 5000] for key in buckets(read_signature(blob))),
        )
    for name, table, columns, where in PARTIAL_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS [{name}]")
        conn.execute(f"CREATE INDEX [{name}] ON [{table}] ({', '.join(columns)}) WHERE {where}")
        conn.execute(f"ANALYZE [{name}]")  # the planner's figures for the index, as a fresh base's finish gives them


def _from_8(db: sqlite_utils.Database) -> None:
    """9: a similarity bucket keeps its first passages only (kb/similar.py BUCKET_KEEP), and a
    passage in none keeps no signature (it is never a candidate). Lookups read the same passages,
    so the similar pairs stay."""
    from plankb.kb.similar import BUCKET_KEEP

    conn = db.conn
    conn.execute(
        "DELETE FROM passage_buckets WHERE (bucket, passage_id) IN (SELECT bucket, passage_id FROM (SELECT bucket, passage_id,"
        " row_number() OVER (PARTITION BY bucket ORDER BY passage_id) AS n FROM passage_buckets) WHERE n > ?)",
        (BUCKET_KEEP,),
    )
    conn.execute("DELETE FROM passage_signatures WHERE passage_id NOT IN (SELECT passage_id FROM passage_buckets)")


def _from_9(db: sqlite_utils.Database) -> None:
    """10 compresses each record against its document's text (rows.stored_json): the same JSON
    text comes back from rows.record_json given that text. The view reading them is made again."""
    from plankb.kb.rows import record_json, stored_json

    conn = db.conn
    conn.execute("DROP VIEW IF EXISTS records_json")  # made again on open (_add_missing_tables)
    rowids = [rowid for (rowid,) in conn.execute("SELECT rowid FROM records ORDER BY rowid")]
    for i in range(0, len(rowids), 500):  # read a batch, then write it: no update under an open scan
        batch = conn.execute(
            "SELECT r.rowid, r.record, d.text FROM records r JOIN documents d ON d.id = r.document_id"
            " WHERE r.rowid BETWEEN ? AND ?",
            (rowids[i], rowids[min(i + 500, len(rowids)) - 1]),
        ).fetchall()
        conn.executemany(
            "UPDATE records SET record = ? WHERE rowid = ?",
            [(stored_json(record_json(record, text), text), rowid) for rowid, record, text in batch if text],
        )


def _from_10(db: sqlite_utils.Database) -> None:
    """11 keeps the quotes of assignments and citations without the columns of their row they
    repeat (kb/quotes.py), ``text`` giving them back, and similar pairs' scores in thousandths.
    A table already in that form (a newer base marked older, as tests make them) is left as it is."""
    conn = db.conn
    for table, (a, b) in quotes.CUT_COLUMNS.items():
        names = [c[1] for c in conn.execute(f"PRAGMA table_xinfo([{table}])")]
        if "text_rest" in names:
            continue
        conn.execute(f"ALTER TABLE [{table}] RENAME TO [{table}_10]")
        for (index,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (f"{table}_10",)).fetchall():
            conn.execute(f"DROP INDEX [{index}]")  # made again on open, under their names (create_indexes)
        create_table(db, table)
        kept = [n for n in names if n != "text"]
        columns = ", ".join(f"[{n}]" for n in kept)
        found = conn.execute(f"SELECT {columns}, [{a}], [{b}], [text] FROM [{table}_10] ORDER BY rowid")
        while batch := found.fetchmany(2000):
            conn.executemany(
                f"INSERT INTO [{table}] ({columns}, text_rest, [{a}_at], [{b}_at]) VALUES ({', '.join('?' * (len(kept) + 3))})",
                [(*row[: len(kept)], *quotes.cut(row[-1], row[-3], row[-2])) for row in batch],
            )
        conn.execute(f"DROP TABLE [{table}_10]")
        _index_again(db, table)
    if "score_gap" not in [c[1] for c in conn.execute("PRAGMA table_xinfo(similar_passages)")]:
        conn.execute("ALTER TABLE similar_passages RENAME TO similar_passages_10")
        conn.execute("DROP INDEX IF EXISTS idx_similar_passages_other_id")
        conn.execute(SIMILAR_PASSAGES)
        conn.execute(
            "INSERT INTO similar_passages (passage_id, other_id, score_gap)"
            " SELECT passage_id, other_id, 1000 - CAST(round(score * 1000) AS INTEGER) FROM similar_passages_10"
        )
        conn.execute("DROP TABLE similar_passages_10")
        _index_again(db, "similar_passages")


def _from_11(db: sqlite_utils.Database) -> None:
    """12 compresses each record against its document's text followed by the keys every record
    has (rows.RECORD_KEYS): the same JSON text comes back from rows.record_json. And it keeps each
    distinct heading once (headings), passages naming it by id (heading_id, where heading was),
    numbered in the order a fresh ingest meets them; the views and triggers reading it are made again."""
    _from_9(db)
    conn = db.conn
    if "heading_id" in [c[1] for c in conn.execute("PRAGMA table_xinfo(passages)")]:
        return  # (already in that form: a newer base marked older, as tests make them)
    columns, pk, fks = TABLES["headings"]
    db["headings"].create(columns, pk=pk, foreign_keys=fks, if_not_exists=True)
    conn.execute(HEADINGS_INDEX)
    conn.execute(
        "INSERT INTO headings (heading) SELECT heading FROM passages WHERE heading IS NOT NULL GROUP BY heading ORDER BY min(id)"
    )
    for name in ("passages_ai", "passages_ad", "passages_au"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name in ("passages_fts_content", fts.TEXTS):
        conn.execute(f"DROP VIEW IF EXISTS {name}")
    columns, pk, fks = TABLES["passages"]
    conn.execute(db.create_table_sql("passages_12", columns, pk=pk, foreign_keys=fks))
    names = ", ".join(f"[{c}]" for c in columns)
    read = ", ".join("h.id" if c == "heading_id" else f"p.[{c}]" for c in columns)
    conn.execute(f"INSERT INTO passages_12 ({names}) SELECT {read} FROM passages p LEFT JOIN headings h ON h.heading = p.heading ORDER BY p.id")
    conn.execute("DROP TABLE passages")  # (its indexes with it; foreign keys are off: the rows pointing at it stay)
    conn.execute("PRAGMA legacy_alter_table=ON")  # the name only: nothing else refers to passages_12
    conn.execute("ALTER TABLE passages_12 RENAME TO passages")
    conn.execute("PRAGMA legacy_alter_table=OFF")
    db["passages"].create_index(["document_id", "seq"], unique=True, if_not_exists=True)
    for name, table, columns, where in PARTIAL_INDEXES:
        if table == "passages":
            conn.execute(f"CREATE INDEX IF NOT EXISTS [{name}] ON [{table}] ({', '.join(columns)}) WHERE {where}")
    fts.create_in_transaction(conn)
    db.execute("ANALYZE passages")
    db.execute("ANALYZE headings")  # (as a fresh base's finish gives them: its lookups used the index)


def _index_again(db: sqlite_utils.Database, table: str) -> None:
    """A table made again gets its indexes now, and the planner's figures for them (which went
    with the old table), as a fresh base's finish gives them."""
    for name, columns in INDEXES:
        if name == table:
            db[name].create_index(columns, index_name=_index_name(name, columns), if_not_exists=True)
    db.execute(f"ANALYZE [{table}]")


def trimmed(start: int, end: int, raw: str) -> tuple[int, int]:
    """The offsets of ``raw`` (the text from start to end) without its surrounding white space."""
    body = raw.lstrip()
    start += len(raw) - len(body)
    return start, start + len(body.rstrip())


# version found -> (next version, what brings a base to it)
MIGRATIONS = {
    "2": ("3", _from_2), "3": ("4", _from_3), "4": ("5", _from_4), "5": ("6", _from_5), "6": ("7", _from_6),
    "7": ("8", _from_7), "8": ("9", _from_8), "9": ("10", _from_9), "10": ("11", _from_10),
    "11": ("12", _from_11),
}  # fmt: skip


def _index_name(table: str, columns: list[str]) -> str:
    return f"idx_{table}_{'_'.join(columns)}"  # sqlite-utils' own naming


def create_indexes(db: sqlite_utils.Database) -> None:
    """The secondary indexes (INDEXES), those missing; a no-op when all are there."""
    with db.atomic():
        for table, columns in INDEXES:
            db[table].create_index(columns, index_name=_index_name(table, columns), if_not_exists=True)
        for name, table, columns, where in PARTIAL_INDEXES:
            db.execute(f"CREATE INDEX IF NOT EXISTS [{name}] ON [{table}] ({', '.join(columns)}) WHERE {where}")


def drop_indexes(db: sqlite_utils.Database) -> None:
    with db.atomic():
        for table, columns in INDEXES:
            db.execute(f"DROP INDEX IF EXISTS [{_index_name(table, columns)}]")
        for name, *_ in PARTIAL_INDEXES:
            db.execute(f"DROP INDEX IF EXISTS [{name}]")
