"""Schema 10 compresses each record against its document's text (zlib's preset dictionary): the
quotes a record repeats from the text cost a back-reference. Every reader gets the same JSON text
as before; a version-9 base upgraded is the base a fresh ingest makes; the file stays plain SQLite."""

from __future__ import annotations

import asyncio
import html
import json
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest

from plankb.kb.app import make_datasette
from plankb.kb.rows import MissingText, record_json, stored_json, stored_record
from plankb.kb.schema import SCHEMA_VERSION
from plankb.kb.store import Store
from tests.test_size3_plain import NEEDS_PLANKB
from tests.test_size_records import _contents, _exports

SCHEMA_9_VIEW = "CREATE VIEW records_json AS SELECT document_id, plankb_record_json(record) AS record FROM records"


def as_version_9(conn: sqlite3.Connection) -> None:
    """A current base as schema 9 left its records: each JSON compressed alone, and its view."""
    found = conn.execute("select r.rowid, r.record, d.text from records r join documents d on d.id = r.document_id").fetchall()
    conn.executemany("update records set record = ? where rowid = ?", [(stored_json(record_json(r, t)), i) for i, r, t in found])
    conn.execute("drop view records_json")
    conn.execute(SCHEMA_9_VIEW)
    conn.execute("update kb_meta set value = '9' where key = 'schema_version'")


def test_a_record_is_compressed_against_its_text_and_read_back_exactly(seed_ingest_items):
    for record, text, _ in seed_ingest_items:
        as_json = json.dumps(record, ensure_ascii=False)
        alone, against_text = stored_json(as_json), stored_record(record, text)
        assert record_json(against_text, text) == record_json(alone) == record_json(alone, text) == as_json
        assert len(against_text) < len(alone)  # its quotes come from the text
        with pytest.raises(MissingText):
            record_json(against_text)
        assert stored_record(record, None) == alone == zlib.compress(as_json.encode("utf-8"), 6)  # no text: as schema 9


def test_the_base_keeps_records_compressed_against_their_texts(seed_base):
    with sqlite3.connect(seed_base) as conn:
        found = conn.execute("select r.record, d.text from records r join documents d on d.id = r.document_id").fetchall()
    assert found and all(record[1] & 0x20 for record, text in found if text)  # zlib's FDICT bit
    assert all(json.loads(record_json(record, text))["id"] for record, text in found)


def test_a_version_9_base_upgraded_equals_a_fresh_one(seed_base, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(seed_base, old)
    with sqlite3.connect(old) as conn:
        as_version_9(conn)
    with sqlite3.connect(old) as conn:
        assert not any(record[1] & 0x20 for (record,) in conn.execute("select record from records"))
    before = _exports(old)  # what the version-9 base exports
    Store(old).close()
    with sqlite3.connect(old) as conn, sqlite3.connect(seed_base) as new:
        assert conn.execute("select value from kb_meta where key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
        sql = "select sql from sqlite_master where name = 'records_json'"
        assert conn.execute(sql).fetchone() == new.execute(sql).fetchone()
    assert _contents(old) == _contents(seed_base)  # the same bytes as a fresh ingest's
    after = _exports(old)
    assert after == before == _exports(seed_base)  # byte for byte
    assert all(after.values())


def test_the_upgraded_base_is_smaller(seed_base, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(seed_base, old)
    with sqlite3.connect(old) as conn:
        as_version_9(conn)
        conn.commit()
        conn.execute("vacuum")
    with sqlite3.connect(old) as conn:
        size_9 = conn.execute("select sum(length(record)) from records").fetchone()[0]
    Store(old).close()
    with sqlite3.connect(old) as conn:
        size_10 = conn.execute("select sum(length(record)) from records").fetchone()[0]
    assert size_10 < 0.8 * size_9


def _plain_readable(db: Path) -> None:
    with sqlite3.connect(db) as conn:  # no plankb function registered
        names = [n for (n,) in conn.execute("select name from sqlite_master where type in ('table', 'view')")]
        for name in names:
            if name not in NEEDS_PLANKB:
                conn.execute(f"select * from [{name}] limit 5").fetchall()
        conn.execute("vacuum")
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)


def test_fresh_and_upgraded_bases_stay_plain_sqlite(seed_base, tmp_path):
    fresh, old = tmp_path / "fresh.db", tmp_path / "old.db"
    shutil.copy(seed_base, fresh)
    shutil.copy(seed_base, old)
    with sqlite3.connect(old) as conn:
        as_version_9(conn)
    Store(old).close()
    _plain_readable(fresh)
    _plain_readable(old)


def test_the_records_table_page_shows_each_json(seed_base, seed_ingest_items):
    """Datasette's table page reads each record with its document's text (an awaited lookup)."""
    page = asyncio.run(make_datasette(seed_base).client.get("/kb/records?_size=max"))
    assert page.status_code == 200
    shown = html.unescape(page.text)
    for record, _, _ in seed_ingest_items:
        assert json.dumps(record, ensure_ascii=False)[:120] in shown
    assert "Binary" not in shown
