"""Records are kept compressed (schema 7): every reader gets the same JSON text as before, and an
older base upgraded is the base a fresh ingest makes."""

from __future__ import annotations

import asyncio
import html
import json
import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from plankb.kb.app import make_datasette
from plankb.kb.cli import export
from plankb.kb.rows import record_json, stored_record
from plankb.kb.schema import SCHEMA_VERSION
from plankb.kb.sqlfuncs import register_functions
from plankb.kb.store import Store


def as_version_6(conn: sqlite3.Connection) -> None:
    """A current base as schema 6 left its records: their JSON as text, in a TEXT column."""
    conn.execute("drop view records_json")  # schema 7's
    conn.execute("alter table records rename to records_7")
    conn.execute(
        "create table [records] ([document_id] TEXT PRIMARY KEY REFERENCES [documents]([id]), [record] TEXT)"
    )
    found = conn.execute("select r.document_id, r.record, d.text from records_7 r join documents d on d.id = r.document_id").fetchall()
    conn.executemany("insert into records values (?, ?)", [(doc_id, record_json(r, text)) for doc_id, r, text in found])
    conn.execute("drop table records_7")
    conn.execute("update kb_meta set value = '6' where key = 'schema_version'")



def _exports(db: Path) -> dict[tuple[str, ...], str]:
    runs = [
        (), ("--format", "json"), ("--with-text",), ("--table", "records", "--format", "csv"),
        ("--table", "records", "--format", "json"), ("--table", "records", "--format", "jsonl"),
    ]  # fmt: skip
    out = {}
    for args in runs:
        done = CliRunner().invoke(export, ["--db", str(db), *args])
        assert done.exit_code == 0, done.output
        out[args] = done.stdout
    return out


def _contents(db: Path) -> dict[str, list]:
    """Each table's rows, its columns by name (an added column comes last in an upgraded table)."""
    with sqlite3.connect(db) as conn:
        tables = [t for (t,) in conn.execute("select name from sqlite_master where type = 'table' and name not like 'passages_fts%'")]
        found = {}
        for table in tables:
            columns = sorted(c[1] for c in conn.execute(f"pragma table_info([{table}])"))
            rows = conn.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}]").fetchall()
            found[table] = sorted(rows, key=repr)
        return found


def test_records_are_stored_compressed_and_read_back_exactly(seed_base, seed_ingest_items):
    with sqlite3.connect(seed_base) as conn:
        stored = dict(conn.execute("select document_id, record from records"))
        register_functions(conn)
        through_sql = dict(
            conn.execute("select r.document_id, plankb_record_json(r.record, d.text) from records r join documents d on d.id = r.document_id")
        )
    for record, text, _ in seed_ingest_items:
        as_json = json.dumps(record, ensure_ascii=False)
        assert isinstance(stored[record["id"]], bytes) and stored[record["id"]] == stored_record(record, text)
        assert len(stored[record["id"]]) < len(as_json.encode("utf-8")) / 2
        assert record_json(stored[record["id"]], text) == through_sql[record["id"]] == as_json


def test_export_round_trip(seed_base, seed_ingest_items):
    exported = [json.loads(line) for line in _exports(seed_base)[()].splitlines()]
    assert sorted(exported, key=lambda r: r["id"]) == sorted((json.loads(json.dumps(r)) for r, _, _ in seed_ingest_items), key=lambda r: r["id"])


def test_a_version_5_base_upgraded_equals_a_fresh_one(seed_base, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(seed_base, old)
    with sqlite3.connect(old) as conn:  # as schema 5 left it: records as text, no province_now
        as_version_6(conn)
        conn.execute("alter table documents drop column province_now")
        conn.execute("update kb_meta set value = '5' where key = 'schema_version'")
    before = _exports(old)  # what an export of the old base gave, records read as text
    Store(old).close()
    with sqlite3.connect(old) as conn, sqlite3.connect(seed_base) as new:
        assert conn.execute("select value from kb_meta where key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
        sql = "select sql from sqlite_master where name = 'records'"
        assert conn.execute(sql).fetchone() == new.execute(sql).fetchone()
        assert conn.execute("select count(*) from records where typeof(record) != 'blob'").fetchone() == (0,)
    assert _contents(old) == _contents(seed_base)
    after = _exports(old)
    assert after == before == _exports(seed_base)  # byte for byte
    assert all(after.values())


def test_a_records_page_shows_the_json(seed_base, seed_ingest_items):
    record = seed_ingest_items[0][0]
    page = asyncio.run(make_datasette(seed_base).client.get(f"/kb/records/{record['id']}"))
    assert page.status_code == 200
    shown = html.unescape(page.text)
    assert json.dumps(record, ensure_ascii=False)[:200] in shown and "Binary" not in shown



def test_the_records_json_view_gives_the_json_text_in_datasettes_json(seed_base, seed_ingest_items):
    """Datasette's JSON and CSV show a BLOB as base64: the records_json view gives the text."""
    response = asyncio.run(make_datasette(seed_base).client.get("/kb/records_json.json?_shape=array&_size=max"))
    assert response.status_code == 200, response.text
    rows = {row["document_id"]: json.loads(row["record"]) for row in response.json()}
    assert rows and all(record["id"] == doc_id for doc_id, record in rows.items())
