"""Schema 11 keeps the quotes of assignments and citations without the columns of their row they
repeat, and similar pairs' scores in thousandths; generated columns give them back. Any SQLite
client reads the same values as before, exports are byte for byte the same, a version-10 base
upgraded equals a fresh one, and the pages show the quote, not its stored parts."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path

from plankb.kb import quotes
from plankb.kb.app import make_datasette
from plankb.kb.schema import SCHEMA_VERSION, SIMILAR_PASSAGES_5, TABLES
from plankb.kb.store import Store
from tests.test_size_records import _contents, _exports


def as_version_10(conn: sqlite3.Connection) -> None:
    """A current base as schema 10 left it: quotes and scores as plain stored columns."""
    for table in quotes.CUT_COLUMNS:
        columns = [c[1] for c in conn.execute(f"pragma table_xinfo([{table}])") if c[1] not in quotes.STORAGE_COLUMNS[table]]
        conn.execute(f"alter table [{table}] rename to [{table}_11]")
        for (index,) in conn.execute("select name from sqlite_master where type = 'index' and tbl_name = ? and sql is not null", (f"{table}_11",)).fetchall():
            conn.execute(f"drop index [{index}]")
        declared = {name: {int: "INTEGER", str: "TEXT"}[kind] for name, kind in TABLES[table][0].items()}
        conn.execute(f"create table [{table}] ({', '.join(f'[{c}] {declared[c]}' + (' PRIMARY KEY' if c == 'id' else '') for c in columns)})")
        conn.execute(f"insert into [{table}] select {', '.join(f'[{c}]' for c in columns)} from [{table}_11]")
        conn.execute(f"drop table [{table}_11]")
    conn.execute("alter table similar_passages rename to similar_11")
    conn.execute("drop index idx_similar_passages_other_id")
    conn.execute(SIMILAR_PASSAGES_5)
    conn.execute("insert into similar_passages select passage_id, other_id, score from similar_11")
    conn.execute("drop table similar_11")
    conn.execute("update kb_meta set value = '10' where key = 'schema_version'")
    conn.commit()
    conn.execute("vacuum")


def _quoted(db: Path) -> dict[str, list]:
    """Each table's rows as a plain client reads them, quotes and scores included (select *)."""
    with sqlite3.connect(db) as conn:
        return {
            t: conn.execute(f"select * from [{t}] order by 1, 2").fetchall() for t in ("assignments", "citations", "similar_passages")
        }


def _visible(rows: dict[str, list], db: Path) -> dict[str, list]:
    """The rows without the stored parts (where a version-10 base has none)."""
    out = {}
    with sqlite3.connect(db) as conn:
        for table, found in rows.items():
            names = [c[1] for c in conn.execute(f"pragma table_xinfo([{table}])")]
            keep = [i for i, n in enumerate(names) if n not in ("text_rest", "score_gap") and not n.endswith("_at")]
            out[table] = [tuple(row[i] for i in keep) for row in found]
    return out


def test_a_quote_cut_and_restored_is_the_quote():
    cases = [
        ("Sở Nội vụ chủ trì tổng hợp báo cáo", "Sở Nội vụ", "tổng hợp báo cáo"),
        ("Giao Sở Nội vụ tổng hợp", "Sở Nội vụ", "tổng hợp"),
        ("tổng hợp, do Sở Nội vụ", "Sở Nội vụ", "tổng hợp"),  # the task before the body: one cut
        ("Nghị quyết số 04-NQ/TU của Ban Chấp hành về đổi mới", "Ban Chấp hành", "đổi mới"),
        ("văn bản", "không có", None),
        ("", "x", "y"),
        (None, "x", "y"),
        ("ủy ban ủy ban", "ủy ban", "ủy ban"),
    ]
    for text, a, b in cases:
        rest, a_at, b_at = quotes.cut(text, a, b)
        assert quotes.restored(rest, a, a_at, b, b_at) == text
        if text and a and a in text:
            assert len(rest) <= len(text) - len(a)
        with sqlite3.connect(":memory:") as conn:  # the generated column's SQL gives the same
            conn.execute("create table t (a text, b text, text_rest text, a_at integer, b_at integer)")
            conn.execute("insert into t values (?, ?, ?, ?, ?)", (a, b, rest, a_at, b_at))
            assert conn.execute(f"select {quotes.restored_sql('a', 'b')} from t").fetchone()[0] == text


def test_the_quotes_and_scores_read_by_a_plain_client_are_the_records(seed_base, seed_ingest_items):
    records = {record["id"]: record for record, _, _ in seed_ingest_items}
    conn = sqlite3.connect(seed_base)  # no plankb function registered
    try:
        stored = conn.execute("select document_id, start, text, text_rest from assignments").fetchall()
        assert stored and {(d, s, t) for d, s, t, _ in stored} == {
            (doc, a["start"], a["text"]) for doc, r in records.items() for a in r["assignments"]
        }
        assert sum(len(rest) for *_, rest in stored) < sum(len(t) / 2 for _, _, t, _ in stored)  # half or less is stored
        cited = conn.execute("select document_id, start, text from citations").fetchall()
        assert cited and set(cited) == {(doc, c["start"], c["text"]) for doc, r in records.items() for c in r["references"] if c.get("symbol")}
        scores = conn.execute("select score, score_gap, typeof(score) from similar_passages").fetchall()
        assert scores and all(t == "real" and s == round(s, 3) and m == 1000 - round(s * 1000) for s, m, t in scores)
        conn.execute("vacuum")
    finally:
        conn.close()


def test_a_version_10_base_upgraded_equals_a_fresh_one(seed_base, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(seed_base, old)
    with sqlite3.connect(old) as conn:
        as_version_10(conn)
    before = _exports(old)
    old_rows = _quoted(old)
    with sqlite3.connect(old) as conn:
        assert "text_rest" not in {c[1] for c in conn.execute("pragma table_xinfo(assignments)")}
    exported = {}
    from click.testing import CliRunner

    from plankb.kb.cli import export

    def tables(db):
        for table in ("assignments", "citations", "similar_passages"):
            for fmt in ("csv", "json"):
                done = CliRunner().invoke(export, ["--db", str(db), "--table", table, "--format", fmt])
                assert done.exit_code == 0, done.output
                exported[(str(db), table, fmt)] = done.stdout
        return [exported[(str(db), t, f)] for t in ("assignments", "citations", "similar_passages") for f in ("csv", "json")]

    tables_before = tables(old)
    Store(old).close()
    with sqlite3.connect(old) as conn:
        assert conn.execute("select value from kb_meta where key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
        assert conn.execute("pragma freelist_count").fetchone()[0] == 0  # vacuumed
        schema = "select name, sql from sqlite_master where tbl_name in ('assignments', 'citations', 'similar_passages') order by name"
        with sqlite3.connect(seed_base) as new:
            assert conn.execute(schema).fetchall() == new.execute(schema).fetchall()
    assert _contents(old) == _contents(seed_base)  # the same stored rows as a fresh ingest's
    assert _quoted(old) == _quoted(seed_base)
    assert _visible(_quoted(old), old) == old_rows  # what a plain client reads: the same values
    assert _exports(old) == before == _exports(seed_base)  # byte for byte
    assert tables(old) == tables_before == tables(seed_base)
    assert all(tables_before)


def test_the_table_pages_show_the_quote_not_its_parts(seed_base):
    ds = make_datasette(seed_base)

    async def get(path):
        return await ds.client.get(path)

    page = asyncio.run(get("/kb/assignments?_size=100"))
    assert page.status_code == 200
    with sqlite3.connect(seed_base) as conn:
        quote = conn.execute("select text from assignments order by id limit 1").fetchone()[0]
    assert quote[:40] in page.text.replace("&#34;", '"').replace("&#39;", "'")
    assert 'data-column="text"' in page.text and 'data-column="text_rest"' not in page.text and "col-task_at" not in page.text
    rows = asyncio.run(get("/kb/citations.json?_shape=array&_size=5")).json()
    assert rows and all(r["text"] for r in rows)
    facet = asyncio.run(get("/kb/assignments.json?_facet=role&_size=0")).json()
    assert facet["facet_results"]
    for table in ("assignments", "citations", "similar_passages"):  # no facet suggested (nor its query run) for a stored part
        suggested = asyncio.run(get(f"/kb/{table}.json?_size=1")).json()["suggested_facets"]
        assert not {f["name"] for f in suggested} & {"text_rest", "body_at", "task_at", "issuer_at", "subject_at", "score_gap"}
    pairs = asyncio.run(get("/kb/similar_passages?_sort_desc=score"))
    assert pairs.status_code == 200 and 'data-column="score"' in pairs.text and 'data-column="score_gap"' not in pairs.text


def test_the_english_table_page_shows_the_quote_not_its_parts(seed_base):
    ds = make_datasette(seed_base, lang="en")
    page = asyncio.run(ds.client.get("/kb/citations"))
    assert page.status_code == 200
    assert 'data-column="text"' in page.text and 'data-column="text_rest"' not in page.text and "col-subject_at" not in page.text
