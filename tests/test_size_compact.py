"""Schema 8 keeps the similarity index compact (16 bits of each signature value, 32-bit bucket
numbers), indexes passages by kind only where it is known, and packs a first build: the base is
smaller and an older base upgraded is the base a fresh ingest makes."""

from __future__ import annotations

import shutil
import sqlite3
import zlib
from pathlib import Path

import numpy as np
import pytest

from plankb.kb import similar
from plankb.kb.ingest import ingest_records
from plankb.kb.schema import SCHEMA_VERSION
from plankb.kb.sqlfuncs import register_functions
from plankb.kb.store import Store
from tests.test_size_records import _contents


def _buckets_7(sig: np.ndarray) -> list[int]:
    """Schema 7's bucket numbers (63 bits) of a full signature."""
    out = []
    for band in range(similar.BANDS):
        chunk = sig[band * similar.ROWS : (band + 1) * similar.ROWS].tobytes()
        out.append((zlib.crc32(chunk, band) << 31 | zlib.adler32(chunk, band + 1) >> 1) - (1 << 62))
    return out


def as_version_7(conn: sqlite3.Connection) -> None:
    """A current base as schema 7 left it: full 32-bit signatures, 63-bit buckets, every passage in
    the kind index."""
    register_functions(conn)
    signed = [pid for (pid,) in conn.execute("select passage_id from passage_signatures order by passage_id")]
    texts = dict(conn.execute("select id, plankb_plain(text) from passage_texts"))
    full = dict(zip(signed, similar.signatures([texts[p] for p in signed]), strict=True))
    conn.executemany("update passage_signatures set signature = ? where passage_id = ?", [(s.tobytes(), p) for p, s in full.items()])
    conn.execute("delete from passage_buckets")
    conn.executemany(
        "insert or ignore into passage_buckets (bucket, passage_id) values (?, ?)",
        [(key, p) for p, s in full.items() for key in _buckets_7(s)],
    )
    conn.execute("drop index idx_passages_kind_document_id")
    conn.execute("create index idx_passages_kind_document_id on passages (kind, document_id)")
    conn.execute("update kb_meta set value = '7' where key = 'schema_version'")


def _schema(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("select name, sql from sqlite_master where sql is not null"))


def test_signatures_and_buckets_are_stored_compactly(seed_base):
    with sqlite3.connect(seed_base) as conn:
        signed = conn.execute("select passage_id, signature from passage_signatures").fetchall()
        assert signed and {len(blob) for _, blob in signed} == {2 * similar.N_HASHES}
        stored = set(conn.execute("select bucket, passage_id from passage_buckets"))
        assert {typeof for (typeof,) in conn.execute("select distinct typeof(bucket) from passage_buckets")} == {"integer"}
        low, high = conn.execute("select min(bucket), max(bucket) from passage_buckets").fetchone()
    assert low >= -(1 << 31) and high < 1 << 31  # 4 bytes each in SQLite's record format
    # the buckets are those of the signatures kept: a deleted passage's are found from its signature
    assert stored == {(key, pid) for pid, blob in signed for key in similar.buckets(similar.read_signature(blob))}


def test_the_kept_signature_scores_as_the_full_one():
    # two passages sharing most of their words: the 16 bits kept agree where the full values do
    words = "ke hoach thuc hien phong trao thi dua dan van kheo nam 2023 cua ban thuong vu tinh uy".split()
    a, b = similar.signatures([" ".join(words), " ".join(words[:-2] + ["thanh", "uy"])])
    full = (a == b).mean()
    kept = (similar.stored_signature(a) == similar.stored_signature(b)).mean()
    assert 0 < full < 1 and kept == full


def test_the_kind_index_holds_only_passages_with_a_kind(seed_base):
    with sqlite3.connect(seed_base) as conn:
        (sql,) = conn.execute("select sql from sqlite_master where name = 'idx_passages_kind_document_id'").fetchone()
        assert "WHERE kind IS NOT NULL" in sql
        with_kind = conn.execute("select count(*) from passages where kind is not null").fetchone()[0]
        assert 0 < with_kind < conn.execute("select count(*) from passages").fetchone()[0]
        used = conn.execute(
            "select count(*) from passages indexed by idx_passages_kind_document_id where kind = 'organisation'"
        ).fetchone()[0]
        assert used == conn.execute("select count(*) from passages where kind = 'organisation'").fetchone()[0] > 0


@pytest.fixture(scope="module")
def copies(tmp_path_factory, seed_ingest_items) -> Path:
    """A first build of 100 documents (copies of the seeds): enough for the buckets, indexes and
    updated citations to leave pages half full."""
    items = []
    for i in range(20):
        for j, (record, text, _path) in enumerate(seed_ingest_items):
            path = f"copy/{i}-{j}.txt"
            items.append(({**record, "id": f"copy-{i}-{j}", "source": {**record["source"], "path": path, "sha256": path}}, text, path))
    db = tmp_path_factory.mktemp("copies") / "kb.db"
    assert ingest_records(db, items).added == len(items)
    return db


def test_a_first_build_is_packed(copies, tmp_path):
    db = tmp_path / "kb.db"
    shutil.copy(copies, db)
    with sqlite3.connect(db) as conn:
        before = conn.execute("pragma page_count").fetchone()[0]
        conn.execute("vacuum")
        assert conn.execute("pragma page_count").fetchone()[0] == before  # nothing left to pack
        assert conn.execute("pragma freelist_count").fetchone()[0] == 0


def test_a_batch_that_frees_most_of_the_file_gives_it_back(copies, tmp_path):
    db = tmp_path / "kb.db"
    shutil.copy(copies, db)
    store = Store(db)
    try:
        with store.db.atomic():
            for (doc_id,) in store.conn.execute("select id from documents where id != 'copy-0-0'").fetchall():
                store.delete_document(doc_id)
        free, pages = (store.conn.execute(f"pragma {p}").fetchone()[0] for p in ("freelist_count", "page_count"))
        assert free * 4 > pages
        store.finish()
        assert store.conn.execute("pragma freelist_count").fetchone()[0] == 0
        assert store.conn.execute("pragma page_count").fetchone()[0] < pages - free / 2
    finally:
        store.close()


def test_a_version_7_base_upgraded_equals_a_fresh_one(seed_base, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(seed_base, old)
    with sqlite3.connect(old) as conn:
        as_version_7(conn)
        assert {len(b) for (b,) in conn.execute("select signature from passage_signatures")} == {4 * similar.N_HASHES}
    assert _contents(old) != _contents(seed_base)
    Store(old).close()
    with sqlite3.connect(old) as conn:
        assert conn.execute("select value from kb_meta where key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
        assert conn.execute("pragma freelist_count").fetchone()[0] == 0  # vacuumed
    assert _contents(old) == _contents(seed_base)
    assert _schema(old) == _schema(seed_base)
