"""The full-text index of passages, built in bulk at the end of a batch.

A passage's text is stored once, in its document's text (passages hold offsets; the passage_texts
view reads them), so the index stores no content: FTS5 keeps only its index of the plain (folded,
accent-free) form, computed by plankb_plain (kb/sqlfuncs.py) when a passage is indexed or removed
(its external content is a view computing the same),
without the sizes of each row (columnsize=0: only bm25 reads them, and search does not rank by it).

FTS5 writes a segment per transaction, and a transaction per document makes indexing cost ten
times more than one large insert. So inserted passages are queued (``fts_pending``, by trigger)
and indexed together by ``index_pending``; a passage deleted before that was never indexed, and
the delete trigger knows it. Search sees a batch's documents once the batch has finished.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

# Each passage's text (its heading when the document's text is unknown), read from the document;
# its heading, from the headings table (schema 12).
TEXTS = "passage_texts"
VIEW = f"""
CREATE VIEW IF NOT EXISTS {TEXTS} AS
SELECT p.id, p.document_id, p.path, h.heading,
  coalesce(substr(d.text, p.start + 1, p.end - p.start), h.heading) AS text
FROM passages p JOIN documents d ON d.id = p.document_id LEFT JOIN headings h ON h.id = p.heading_id
"""
# ... as a base older than schema 12 has it, its passages holding their headings (what the
# migrations before 12 read)
VIEW_11 = VIEW.replace("h.heading", "p.heading").replace(" LEFT JOIN headings h ON h.id = p.heading_id", "")

# A removed passage's plain text, for FTS5's 'delete' (a contentless index needs the indexed values);
# passages are deleted before their document, so its text is still there.
_OLD_PLAIN = (
    "plankb_plain(coalesce((SELECT substr(d.text, old.start + 1, old.end - old.start) FROM documents d WHERE d.id = old.document_id),"
    " (SELECT h.heading FROM headings h WHERE h.id = old.heading_id)))"
)
_OLD_PLAIN_11 = "plankb_plain(coalesce((SELECT substr(d.text, old.start + 1, old.end - old.start) FROM documents d WHERE d.id = old.document_id), old.heading))"

TRIGGERS = f"""
CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
  INSERT INTO fts_pending (passage_id) VALUES (new.id);
END;
CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
  INSERT INTO passages_fts (passages_fts, rowid, plain)
    SELECT 'delete', old.id, {_OLD_PLAIN} WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE passage_id = old.id);
  DELETE FROM fts_pending WHERE passage_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS passages_au AFTER UPDATE OF start, end, heading_id ON passages BEGIN
  INSERT INTO passages_fts (passages_fts, rowid, plain)
    SELECT 'delete', old.id, {_OLD_PLAIN} WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE passage_id = old.id);
  INSERT OR IGNORE INTO fts_pending (passage_id) VALUES (new.id);
END;
"""


# What the index holds, as FTS5 reads it back when it must (a full scan, e.g. Datasette counting
# rows, or an integrity-check): the plain form of each passage, computed.
CONTENT = f"CREATE VIEW IF NOT EXISTS passages_fts_content AS SELECT id, plankb_plain(text) AS plain FROM {TEXTS}"


def create_in_transaction(conn: sqlite3.Connection) -> None:
    """The FTS5 table, the views of passage texts and the triggers (in the caller's transaction)."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(plain, content='passages_fts_content',"
        " content_rowid='id', columnsize=0)"
    )
    old = "heading" in [c[1] for c in conn.execute("PRAGMA table_xinfo(passages)")]  # (a base older than schema 12)
    conn.execute(VIEW_11 if old else VIEW)
    conn.execute(CONTENT)
    triggers = TRIGGERS.replace(_OLD_PLAIN, _OLD_PLAIN_11).replace("heading_id ON", "heading ON") if old else TRIGGERS
    for statement in triggers.split("END;"):
        if statement.strip():
            conn.execute(statement + "END;")


def create(db: sqlite_utils.Database) -> None:
    with db.atomic():
        create_in_transaction(db.conn)


def index_pending(conn: sqlite3.Connection, chunk: int = 50_000) -> int:
    """Index the queued passages, ``chunk`` per transaction; returns how many."""
    done = 0
    while True:
        with conn:
            row = conn.execute(
                "SELECT max(passage_id), count(*) FROM (SELECT passage_id FROM fts_pending ORDER BY passage_id LIMIT ?)", (chunk,)
            ).fetchone()
            if not row[1]:
                return done
            conn.execute(
                f"INSERT INTO passages_fts (rowid, plain) SELECT t.id, plankb_plain(t.text) FROM fts_pending f"
                f" JOIN {TEXTS} t ON t.id = f.passage_id WHERE f.passage_id <= ?",
                (row[0],),
            )
            conn.execute("DELETE FROM fts_pending WHERE passage_id <= ?", (row[0],))
        done += row[1]
