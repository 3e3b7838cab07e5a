"""Schema 12 keeps each distinct section heading once (headings), passages naming theirs by id.
A plain SQLite client still reads every passage's heading (a join, or the passage_texts view);
the table pages show it as the heading's label, search and the questions give it as before,
`plankb export --table passages` writes it where it was; a version-11 base upgraded is the base
a fresh ingest makes; a heading no passage names any more goes with the batch's end."""

from __future__ import annotations

import asyncio
import html
import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from plankb.kb import fts
from plankb.kb.app import make_datasette
from plankb.kb.cli import export
from plankb.kb.ingest import ingest_records
from plankb.kb.rows import passage_rows
from plankb.kb.schema import PARTIAL_INDEXES, SCHEMA_VERSION
from plankb.kb.store import Store
from tests.test_size6_records import as_version_11 as records_as_version_11
from tests.test_size_records import _contents, _exports

HEADINGS = "select p.id, p.document_id, p.path, h.heading from passages p left join headings h on h.id = p.heading_id"


def as_version_11(conn: sqlite3.Connection) -> None:
    """A current base as schema 11 left it: each passage holding its heading, no headings table,
    the records compressed against their texts alone."""
    records_as_version_11(conn)
    for name in ("passages_ai", "passages_ad", "passages_au"):
        conn.execute(f"drop trigger {name}")
    for name in ("passages_fts_content", fts.TEXTS):
        conn.execute(f"drop view {name}")
    conn.execute(
        "create table passages_11 ([id] INTEGER PRIMARY KEY, [document_id] TEXT REFERENCES [documents]([id]), [seq] INTEGER,"
        " [path] TEXT, [heading] TEXT, [level] INTEGER, [start] INTEGER, [end] INTEGER, [kind] TEXT, [section_end] INTEGER)"
    )
    conn.execute(
        "insert into passages_11 select p.id, p.document_id, p.seq, p.path, h.heading, p.level, p.start, p.end, p.kind,"
        " p.section_end from passages p left join headings h on h.id = p.heading_id"
    )
    conn.execute("drop table passages")
    conn.execute("alter table passages_11 rename to passages")
    conn.execute("drop table headings")
    conn.execute("create unique index idx_passages_document_id_seq on passages (document_id, seq)")
    for name, table, columns, where in PARTIAL_INDEXES:
        conn.execute(f"create index [{name}] on [{table}] ({', '.join(columns)}) where {where}")
    fts.create_in_transaction(conn)  # the view and triggers as schema 11 made them
    conn.execute("update kb_meta set value = '11' where key = 'schema_version'")
    conn.commit()
    conn.execute("vacuum")


def _table_exports(db: Path) -> list[str]:
    out = []
    for fmt in ("csv", "json", "jsonl"):
        done = CliRunner().invoke(export, ["--db", str(db), "--table", "passages", "--format", fmt])
        assert done.exit_code == 0, done.output
        out.append(done.stdout)
    return out


def test_a_plain_client_reads_each_passages_heading_stored_once(seed_base, seed_ingest_items):
    expected = {}
    for record, text, _ in seed_ingest_items:
        for row in passage_rows(record, text):
            expected[(record["id"], row["seq"])] = row["heading"]
    conn = sqlite3.connect(seed_base)  # no plankb function registered
    try:
        found = conn.execute("select p.document_id, p.seq, h.heading from passages p left join headings h on h.id = p.heading_id")
        assert dict(((d, s), h) for d, s, h in found) == expected
        stored = [h for (h,) in conn.execute("select heading from headings")]
        assert len(stored) == len(set(stored)) == len({h for h in expected.values() if h is not None})
        assert conn.execute("select count(*) from passage_texts where heading is not null").fetchone()[0] > 0
        conn.execute("vacuum")
    finally:
        conn.close()


def test_a_version_11_base_upgraded_equals_a_fresh_one(seed_base, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(seed_base, old)
    with sqlite3.connect(old) as conn:
        as_version_11(conn)
        assert "heading" in [c[1] for c in conn.execute("pragma table_xinfo(passages)")]
        old_headings = conn.execute("select id, document_id, path, heading from passages").fetchall()
    before, tables_before = _exports(old), _table_exports(old)
    Store(old).close()
    with sqlite3.connect(old) as conn, sqlite3.connect(seed_base) as new:
        assert conn.execute("select value from kb_meta where key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
        assert conn.execute("pragma freelist_count").fetchone()[0] == 0  # vacuumed
        assert sorted(conn.execute(HEADINGS).fetchall()) == sorted(old_headings)
        for table in ("passages", "headings"):  # the same columns, keys and indexes as a fresh base's
            for pragma in ("table_xinfo", "foreign_key_list", "index_list"):
                assert conn.execute(f"pragma {pragma}([{table}])").fetchall() == new.execute(f"pragma {pragma}([{table}])").fetchall()
        for other in ("similar_passages", "passage_signatures", "similar_pending"):  # still pointing at passages
            assert {r[2] for r in conn.execute(f"pragma foreign_key_list([{other}])")} == {"passages"}
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        views = "select name, sql from sqlite_master where type in ('view', 'trigger') order by name"
        assert conn.execute(views).fetchall() == new.execute(views).fetchall()
    assert _contents(old) == _contents(seed_base)  # the same stored rows as a fresh ingest's
    assert _exports(old) == before == _exports(seed_base)  # byte for byte
    assert _table_exports(old) == tables_before == _table_exports(seed_base)
    assert "heading" in tables_before[0].splitlines()[0].split(",")


def test_a_heading_nobody_names_goes_and_search_still_finds_the_others(tmp_path, seed_ingest_items):
    db = tmp_path / "kb.db"
    ingest_records(db, seed_ingest_items)
    gone = seed_ingest_items[0][0]["id"]
    with sqlite3.connect(db) as conn:
        own = {h for (h,) in conn.execute("select h.heading from passages p join headings h on h.id = p.heading_id where p.document_id = ?", (gone,))}
        others = {h for (h,) in conn.execute("select h.heading from passages p join headings h on h.id = p.heading_id where p.document_id != ?", (gone,))}
    assert own - others
    store = Store(db)
    try:
        with store.db.atomic():
            store.delete_document(gone)
        store.finish()
    finally:
        store.close()
    with sqlite3.connect(db) as conn:
        left = {h for (h,) in conn.execute("select heading from headings")}
        assert left == others
        assert conn.execute("select count(*) from passages p left join headings h on h.id = p.heading_id where p.heading_id is not null and h.id is null").fetchone() == (0,)


def test_the_pages_show_each_passages_heading(seed_base):
    ds = make_datasette(seed_base)
    with sqlite3.connect(seed_base) as conn:
        pid, heading = conn.execute(
            "select p.id, h.heading from passages p join headings h on h.id = p.heading_id where h.heading != '' order by p.id limit 1"
        ).fetchone()

    async def get(path):
        return await ds.client.get(path)

    page = asyncio.run(get(f"/kb/passages?id={pid}"))
    assert page.status_code == 200 and html.escape(heading, quote=False)[:30] in page.text
    rows = asyncio.run(get(f"/kb/passages.json?id={pid}&_labels=on&_shape=array")).json()
    assert rows[0]["heading_id"]["label"] == heading
    found = asyncio.run(get("/kb/search.json?_shape=array&q=" + "dân vận khéo")).json()
    assert found and all("heading" in r for r in found) and any(r["heading"] for r in found)
    with sqlite3.connect(seed_base) as conn:
        by_passage = dict(conn.execute("select p.id, h.heading from passages p left join headings h on h.id = p.heading_id"))
    assert all(r["heading"] == by_passage[r["passage"]] for r in found)
    searched = asyncio.run(get("/kb/passages?_search=" + "dan van kheo"))
    assert searched.status_code == 200
    facet = asyncio.run(get("/kb/passages.json?_facet=heading_id&_size=0")).json()
    assert any(v["label"] == heading for v in facet["facet_results"]["heading_id"]["results"]) or facet["facet_results"]
    assert asyncio.run(get("/kb/headings")).status_code == 200
    # a similar pair's passages are shown with their headings, as a labelled foreign key
    with sqlite3.connect(seed_base) as conn:
        pair = conn.execute(
            "select s.passage_id, h.heading from similar_passages s join passages p on p.id = s.passage_id"
            " join headings h on h.id = p.heading_id where h.heading != '' order by s.passage_id limit 1"
        ).fetchone()
    assert pair
    pairs = asyncio.run(get(f"/kb/similar_passages?passage_id={pair[0]}"))
    assert f"{html.escape(pair[1], quote=False)}</a>&nbsp;<em>{pair[0]}</em>" in pairs.text


def test_a_heading_is_looked_up_by_its_index(seed_base):
    from plankb.kb.schema import HEADING_PREFIX

    with sqlite3.connect(seed_base) as conn:
        plan = conn.execute(
            f"explain query plan SELECT id FROM headings WHERE substr(heading, 1, {HEADING_PREFIX}) = ? AND +heading = ?", ("a", "a")
        ).fetchall()
    assert "idx_headings_prefix" in " ".join(str(step[-1]) for step in plan)
