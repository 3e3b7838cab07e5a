"""The full-text index of passages, built in bulk at the end of a batch.

FTS5 writes a segment per transaction, and a transaction per document makes indexing cost ten
times more than one large insert. So inserted passages are queued (``fts_pending``, by trigger)
and indexed together by ``index_pending``; a passage deleted before that was never indexed, and
the delete trigger knows it. Search sees a batch's documents once the batch has finished.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

TRIGGERS = """
CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
  INSERT INTO fts_pending (passage_id) VALUES (new.id);
END;
CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
  INSERT INTO passages_fts (passages_fts, rowid, plain)
    SELECT 'delete', old.id, old.plain WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE passage_id = old.id);
  DELETE FROM fts_pending WHERE passage_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS passages_au AFTER UPDATE OF plain ON passages BEGIN
  INSERT INTO passages_fts (passages_fts, rowid, plain)
    SELECT 'delete', old.id, old.plain WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE passage_id = old.id);
  INSERT OR IGNORE INTO fts_pending (passage_id) VALUES (new.id);
END;
"""


def update_triggers(conn: sqlite3.Connection) -> None:
    """The triggers as written above, replacing those of an older base (within the caller's
    transaction): since schema 4 only a change of passages.plain reindexes a passage."""
    for statement in TRIGGERS.split("END;"):
        if statement.strip():
            name = statement.split("EXISTS", 1)[1].split()[0]
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.execute(statement + "END;")


def create(db: sqlite_utils.Database) -> None:
    """An external-content FTS5 table over passages.plain (the folded, accent-free text)."""
    db["passages"].enable_fts(["plain"], fts_version="FTS5", create_triggers=False, replace=True)
    db.executescript(TRIGGERS)


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
                "INSERT INTO passages_fts (rowid, plain) SELECT p.id, p.plain FROM fts_pending f JOIN passages p ON p.id = f.passage_id"
                " WHERE f.passage_id <= ?",
                (row[0],),
            )
            conn.execute("DELETE FROM fts_pending WHERE passage_id <= ?", (row[0],))
        done += row[1]
