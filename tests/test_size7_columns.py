"""bench/bench_size.py --columns and --indexes: the bytes of each stored column and how many of
them repeat a value the column already holds (what keeping each distinct text once would save),
and what reads each index; and a base as plankb builds it, read column by column by a plain
SQLite client (no plankb function)."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_size.py"

# Views that compute with a plankb function, and so need plankb to read: the records' JSON (the
# stored BLOB is zlib against its document's text) and what the full-text index holds (the plain,
# accent-free form). Every other view, and every column of every table, a plain client reads.
NEEDS_PLANKB = {"records_json", "passages_fts_content"}


def _bench_size():
    spec = importlib.util.spec_from_file_location("bench_size_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _made_up(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(
            "create table tasks (id integer primary key, task text, n integer, quote text generated always as (task || '.') virtual,"
            " body blob)"
        )
        rows = [("Tổ chức thực hiện", 7, b"\x00\x01"), ("Tổ chức thực hiện", 7, b"\x00\x01"), ("Báo cáo kết quả", 8, None), (None, None, None)]
        conn.executemany("insert into tasks (task, n, body) values (?, ?, ?)", rows)
        conn.execute("create table texts (id integer primary key, text text)")
        conn.executemany("insert into texts (text) values (?)", [("x" * 3000,), ("x" * 3000,)])


def test_columns_count_bytes_and_the_texts_repeating_a_value(tmp_path):
    bench = _bench_size()
    db = tmp_path / "made.db"
    _made_up(db)
    found = {(c["table"], c["column"]): c for c in bench.column_sizes(db)}
    task = found[("tasks", "task")]
    once = len("Tổ chức thực hiện".encode())
    assert task["rows"] == 4 and task["distinct"] == 2
    assert task["bytes"] == 2 * once + len("Báo cáo kết quả".encode())
    assert task["repeated"] == once  # the second copy only
    assert found[("tasks", "body")]["repeated"] == 2  # a blob repeated too
    assert found[("tasks", "n")]["repeated"] == 0  # a number is no cheaper named by an id
    assert ("tasks", "quote") not in found  # a generated column takes no room
    # texts too long to group are counted, their repeats not looked for
    assert found[("texts", "text")]["bytes"] == 6000 and found[("texts", "text")]["repeated"] is None


def test_columns_of_a_built_base_add_up(seed_base):
    bench = _bench_size()
    found = bench.column_sizes(seed_base)
    size = bench.sizes(seed_base)
    text = next(c for c in found if (c["table"], c["column"]) == ("documents", "text"))
    assert text["bytes"] == size["text_bytes"]
    assert sum(c["bytes"] for c in found) < size["file"]
    assert not any(c["table"].startswith("passages_fts") for c in found)  # FTS5's shadow tables, counted apart


def test_a_plain_client_reads_every_column_of_a_built_base(seed_base):
    conn = sqlite3.connect(seed_base)  # no plankb function registered
    try:
        found = conn.execute(
            "select name, type from sqlite_master where type in ('table', 'view') and name not like 'sqlite_%'"
            " and not (type = 'table' and name like 'passages_fts%')"  # FTS5's table and its shadow tables
        ).fetchall()
        views = {name for name, kind in found if kind == "view"}
        assert views >= NEEDS_PLANKB
        for name, _ in found:
            if name in NEEDS_PLANKB:
                continue
            for column in [c[1] for c in conn.execute(f"pragma table_xinfo([{name}])")]:
                conn.execute(f"select [{column}] from [{name}]").fetchall()
        # a generated quote reads as its text, with none of plankb's functions
        quote = conn.execute("select text from assignments where text is not null limit 1").fetchone()
        assert quote and quote[0]
    finally:
        conn.close()


def test_what_reads_each_index(seed_base):
    uses = _bench_size().index_uses(seed_base)
    assert "body_tasks" in uses["idx_assignments_name_key_document_date_start_body_id"]
    assert "unique" in uses["idx_bodies_key"]
    assert "foreign key assignments.document_id" in uses["idx_assignments_document_id"]
    assert "foreign key passages.document_id" in uses["idx_passages_document_id_seq"]
    with sqlite3.connect(seed_base) as conn:
        every = {name for (name,) in conn.execute("select name from sqlite_master where type = 'index'")}
    assert set(uses) == every
