"""Schema 12 compresses each record against its document's text followed by the keys every record
has (rows.RECORD_KEYS): a fifth smaller, the same JSON text back. Records stored against the text
alone (schema 10 and 11) still read back, and a version-11 base upgraded is the base a fresh
ingest makes, its exports byte for byte the same."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib

from plankb.kb.rows import RECORD_KEYS, record_json, stored_record
from plankb.kb.schema import SCHEMA_VERSION
from plankb.kb.store import Store
from tests.test_size_records import _contents, _exports


def _against_text_alone(as_json: str, text: str) -> bytes:
    """A record as schemas 10 and 11 stored it: compressed against its document's text alone."""
    packer = zlib.compressobj(6, zdict=text.encode("utf-8"))
    return packer.compress(as_json.encode("utf-8")) + packer.flush()


def as_version_11(conn: sqlite3.Connection) -> None:
    """A current base as schema 11 left its records (the other tables are the same)."""
    found = conn.execute("select r.rowid, r.record, d.text from records r join documents d on d.id = r.document_id").fetchall()
    conn.executemany(
        "update records set record = ? where rowid = ?", [(_against_text_alone(record_json(r, t), t), i) for i, r, t in found if t]
    )
    conn.execute("update kb_meta set value = '11' where key = 'schema_version'")


def test_the_record_keys_are_a_record_of_every_key():
    keys = json.loads(RECORD_KEYS)
    assert {"references", "assignments", "deadlines", "sections", "spans", "warnings"} <= set(keys)
    # frozen: records compressed with it name it by its Adler-32 and read back only with it
    assert zlib.adler32(RECORD_KEYS.encode("utf-8")) == 0x10313999


def test_a_record_is_smaller_with_the_keys_and_both_forms_read_back(seed_ingest_items):
    smaller = 0
    for record, text, _ in seed_ingest_items:
        if not text:
            continue
        as_json = json.dumps(record, ensure_ascii=False)
        old, new = _against_text_alone(as_json, text), stored_record(record, text)
        assert record_json(old, text) == record_json(new, text) == as_json
        smaller += len(old) - len(new)
        assert len(new) < len(old)
    assert smaller > 0


def test_a_version_11_base_upgraded_equals_a_fresh_one(seed_base, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(seed_base, old)
    with sqlite3.connect(old) as conn:
        as_version_11(conn)
        size_11 = conn.execute("select sum(length(record)) from records").fetchone()[0]
    before = _exports(old)  # the old records read back too
    Store(old).close()
    with sqlite3.connect(old) as conn:
        assert conn.execute("select value from kb_meta where key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
        assert conn.execute("pragma freelist_count").fetchone()[0] == 0  # vacuumed
        assert conn.execute("select sum(length(record)) from records").fetchone()[0] < size_11
    assert _contents(old) == _contents(seed_base)  # the same stored rows as a fresh ingest's
    assert _exports(old) == before == _exports(seed_base)  # byte for byte
