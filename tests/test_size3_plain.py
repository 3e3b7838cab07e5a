"""Schema 9 trims the similarity index (a bucket keeps its first passages, a passage in none keeps
no signature) and stays a plain SQLite file: any client (sqlite3 shell, DB Browser, a bare
Datasette) reads its tables and VACUUMs it without plankb's functions."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from plankb.kb import similar
from plankb.kb.ingest import ingest_records
from plankb.kb.schema import SCHEMA_VERSION
from plankb.kb.store import Store
from tests.test_size_records import _contents

# What reads through a plankb function (there is no built-in zlib or Unicode folding in SQLite):
# the records' JSON (records.record itself is a plain zlib BLOB) and the full-text index's content,
# the plain form of each passage (its index and shadow tables are plain tables).
NEEDS_PLANKB = {"records_json", "passages_fts_content", "passages_fts"}


def _copies(seed_ingest_items, n: int) -> list[tuple[dict, str, str]]:
    """``n`` copies of three seeds: each passage's buckets are shared by ``n`` passages."""
    items = []
    for i in range(n):
        for j, (record, text, _path) in enumerate(seed_ingest_items[:3]):
            path = f"copy/{i}-{j}.txt"
            items.append(
                ({**record, "id": f"copy-{i}-{j}", "source": {**record["source"], "path": path, "sha256": path}}, text, path)
            )
    return items


@pytest.fixture(scope="module")
def crowded(tmp_path_factory, seed_ingest_items) -> tuple[Path, Path]:
    """The same 120 documents ingested twice: as schema 9 keeps them, and with no bucket limit
    (what schema 8 kept: every bucket of every signed passage)."""
    items = _copies(seed_ingest_items, 40)
    trimmed = tmp_path_factory.mktemp("trimmed") / "kb.db"
    assert ingest_records(trimmed, items).added == len(items)
    full = tmp_path_factory.mktemp("full") / "kb.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(similar, "BUCKET_KEEP", 10**9)
        assert ingest_records(full, items).added == len(items)
    return trimmed, full


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute(sql).fetchall())


def test_a_bucket_keeps_its_first_passages_and_the_pairs_stay(crowded):
    trimmed, full = crowded
    sizes = _rows(trimmed, "select count(*) from passage_buckets group by bucket")
    assert max(sizes) == (similar.BUCKET_KEEP,)  # the limit was reached, and never passed
    assert max(_rows(full, "select count(*) from passage_buckets group by bucket")) > (similar.BUCKET_KEEP,)
    # the first passages of each bucket, by id: those a lookup reads
    assert _rows(trimmed, "select bucket, passage_id from passage_buckets") == _rows(
        full,
        "select bucket, passage_id from (select bucket, passage_id, row_number() over (partition by bucket order by passage_id) as n"
        f" from passage_buckets) where n <= {similar.BUCKET_KEEP}",
    )
    unbucketed = "select count(*) from passage_signatures where passage_id not in (select passage_id from passage_buckets)"
    assert _rows(trimmed, unbucketed) == [(0,)]
    assert len(_rows(trimmed, "select * from passage_signatures")) < len(_rows(full, "select * from passage_signatures"))
    pairs = _rows(trimmed, "select * from similar_passages")
    assert pairs and pairs == _rows(full, "select * from similar_passages")


def test_a_version_8_base_upgraded_equals_a_fresh_one(crowded, tmp_path):
    trimmed, full = crowded
    old = tmp_path / "old.db"
    shutil.copy(full, old)
    with sqlite3.connect(old) as conn:
        conn.execute("update kb_meta set value = '8' where key = 'schema_version'")
    assert _stored(old) != _stored(trimmed)
    Store(old).close()
    with sqlite3.connect(old) as conn:
        assert conn.execute("select value from kb_meta where key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
        assert conn.execute("pragma freelist_count").fetchone()[0] == 0  # vacuumed
    assert _stored(old) == _stored(trimmed)


def _stored(db: Path) -> dict[str, list]:
    """What the two builds hold alike: not their ingest times (files, documents), nor the planner's figures."""
    return {t: rows for t, rows in _contents(db).items() if t not in ("files", "documents", "sqlite_stat1")}


def test_any_sqlite_client_reads_every_table_and_vacuums(seed_base, tmp_path):
    db = tmp_path / "kb.db"
    shutil.copy(seed_base, db)
    conn = sqlite3.connect(db)  # no plankb function registered
    try:
        names = [n for (n,) in conn.execute("select name from sqlite_master where type in ('table', 'view') order by name")]
        failed = set()
        for name in names:
            try:
                rows = conn.execute(f"select * from [{name}]").fetchall()
            except sqlite3.OperationalError as e:
                assert "no such function: plankb_" in str(e), (name, e)
                failed.add(name)
            else:
                if name in ("documents", "passages", "citations", "assignments", "deadlines", "passage_texts"):
                    assert rows, name
        assert failed == NEEDS_PLANKB
        # the quoting columns are stored: a citation's sentence is there without plankb
        assert conn.execute("select count(*) from citations where text is not null").fetchone()[0] > 0
        conn.execute("vacuum")
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        generated = [(t, c[1]) for t in set(names) - failed for c in conn.execute(f"pragma table_xinfo([{t}])") if c[-1] in (2, 3)]
        tables_sql = " ".join(sql for (sql,) in conn.execute("select sql from sqlite_master where type = 'table' and sql is not null"))
        assert "plankb_" not in tables_sql  # a generated column (schema 11's quotes, kb/quotes.py) is plain SQL
        assert {t for t, _ in generated} <= {"assignments", "citations", "similar_passages"}
    finally:
        conn.close()
