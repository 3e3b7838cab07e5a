"""The knowledge base built from the bundled corpus, checked through Datasette and the CLI."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from plankb.kb.app import make_datasette
from plankb.kb.cli import cites, export, ingest, search
from plankb.kb.ingest import ingest_records
from plankb.kb.schema import SCHEMA_VERSION
from plankb.kb.sqlfuncs import register_functions
from plankb.kb.work import extract_path
from tests.test_size_records import as_version_6

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _items(paths):
    for path in paths:
        path, record, text, error = extract_path(str(path))
        assert error is None, error
        yield record, text, path


@pytest.fixture(scope="module")
def extracted():
    return list(_items(SEED_FILES))


@pytest.fixture(scope="module")
def kb_db(tmp_path_factory, extracted) -> Path:
    db = tmp_path_factory.mktemp("kb") / "kb.db"
    result = ingest_records(db, extracted)
    assert (result.added, result.failed) == (5, [])
    return db


@pytest.fixture(scope="module")
def ds(kb_db):
    return make_datasette(kb_db)


def get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def rows(ds, query: str, **params) -> list[dict]:
    qs = "&".join(f"{k}={quote(v)}" for k, v in params.items())
    response = get(ds, f"/kb/{query}.json?_shape=array&{qs}")
    assert response.status_code == 200, response.text
    return response.json()


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"select count(*) from [{table}]").fetchone()[0]


# --- answers through Datasette ----------------------------------------------------------------


def test_cites_returns_the_three_seeds_citing_25_nq_tw(ds):
    found = rows(ds, "cites", symbol="25-NQ/TW")
    assert sorted(Path(r["source_path"]).name[:3] for r in found) == ["000", "003", "004"]
    assert {r["cited_document"] for r in found} == {"25-NQ/TW|TW|2013"}  # one document, despite two dates
    assert rows(ds, "cites", symbol="25 NQ/TW") == found  # a typed symbol is normalized


def test_disagreements_list_the_date_disagreement_on_25_nq_tw(ds):
    found = rows(ds, "disagreements", symbol="")
    dates = [c for c in found if c["symbol"] == "25-NQ/TW" and c["kind"] == "date"]
    assert len(dates) == 1
    assert "2013-06-03" in dates[0]["detail"] and "2016-06-03" in dates[0]["detail"]
    assert {e["value"] for e in json.loads(dates[0]["evidence"])} == {"2013-06-03", "2016-06-03"}


def test_disagreements_list_a_central_issuer_for_a_provincial_code(ds):
    found = rows(ds, "disagreements", symbol="23-QĐ/TU")
    assert [c["kind"] for c in found] == ["issuer_level"]
    assert "Bộ Chính trị" in found[0]["detail"]


def test_search_without_accents_finds_dan_van_kheo(ds):
    found = rows(ds, "search", q="dan van kheo")
    assert found
    assert "**Dân vận khéo**" in found[0]["snippet"]  # the words side by side rank first
    assert len({r["document"] for r in found}) == 5


def test_search_old_tone_placement_finds_new(ds):
    found = rows(ds, "search", q="uỷ")
    assert any("**ủy**" in r["snippet"] or "**Ủy**" in r["snippet"] for r in found)
    assert len(found) == len(rows(ds, "search", q="ủy")) == len(rows(ds, "search", q="UY"))


def test_search_survives_fts_syntax(ds):
    for q in ['"', "AND", "a:b", "(", "*", ""]:
        assert isinstance(rows(ds, "search", q=q), list)


def test_body_tasks_of_ban_dan_van_thanh_uy(ds):
    found = rows(ds, "body_tasks", body="Ban Dân vận Thành ủy")
    assert len(found) == 1
    assert found[0]["role"] == "monitor" and "theo dõi" in found[0]["task"]
    assert found[0]["symbol"] == "47-KH/BCĐ"
    for variant in ("Ban Dân vận Thành uỷ", "ban dan van thanh uy", "BAN DÂN VẬN THÀNH ỦY"):
        assert rows(ds, "body_tasks", body=variant) == found


def test_due_between_dates(ds):
    year = rows(ds, "due", **{"from": "2023-01-01", "to": "2023-12-31"})
    dates = {r["date"] for r in year}
    assert {"2023-03-03", "2023-03-06", "2023-04"} <= dates  # a day, another day, a month
    assert {"--10-10", "--12-30"} <= dates  # yearly deadlines fall in every year
    january = {r["date"] for r in rows(ds, "due", **{"from": "2024-01-01", "to": "2024-01-31"})}
    assert not january & {"2023-03-03", "--10-10", "2023-04"}
    winter = {r["date"] for r in rows(ds, "due", **{"from": "2024-12-01", "to": "2025-01-31"})}
    assert "--12-30" in winter and "--10-10" not in winter  # a range across new year


def test_cited_by_lists_what_a_document_cites(ds):
    found = rows(ds, "cited_by", symbol="47-KH/BCĐ")
    assert {r["cited_symbol"] for r in found} == {"25-NQ/TW", "23-QĐ/TU", "39-QĐ/TU"}


def test_similar_passages_are_in_other_documents(ds, kb_db):
    with sqlite3.connect(kb_db) as conn:
        passage, document = conn.execute(
            "select p.id, p.document_id from similar_passages s join passages p on p.id = s.passage_id limit 1"
        ).fetchone()
    found = rows(ds, "similar", passage=str(passage))
    assert found and all(r["document"] != document for r in found)
    assert all(0.25 <= r["score"] <= 1 for r in found)


def test_citation_network_on_the_cited_document_page(ds):
    response = get(ds, "/kb/cited_documents/25-NQ~2FTW~7CTW~7C2013")
    assert response.status_code == 200
    html = response.text
    assert "Mạng trích dẫn" in html and "<svg" in html
    for doc_id in rows(ds, "cites", symbol="25-NQ/TW"):
        assert f"/kb/documents/{doc_id['document']}" in html


def test_foreign_keys_link_both_ways(ds):
    page = get(ds, "/kb/documents/92726195f4ab505ae9ce").text
    assert "Liên kết từ các bảng khác" in page and "Trích dẫn" in page
    table = get(ds, "/kb/citations.json?_shape=array&_labels=on&document_id=92726195f4ab505ae9ce").json()
    assert table[0]["document_id"]["label"].startswith("47-KH/BCĐ")


def test_metadata_describes_tables_and_queries(ds):
    meta = get(ds, "/-/metadata.json").json()
    db = meta["databases"]["kb"]
    assert {"cites", "cited_by", "due", "body_tasks", "disagreements", "search", "similar"} <= set(db["queries"])
    assert db["queries"]["due"]["params"] == ["from", "to", "body"]
    for table in ("documents", "passages", "cited_documents", "citations", "conflicts", "bodies", "assignments"):
        assert db["tables"][table]["description"]
    assert {"doc_type", "issuer_id", "year"} <= set(db["tables"]["documents"]["facets"])
    assert "relation" in db["tables"]["citations"]["facets"]
    assert meta["license"] and meta["source"]


def test_read_only(ds, kb_db):
    before = hashlib.sha256(kb_db.read_bytes()).hexdigest()
    documents = count(kb_db, "documents")
    post = asyncio.run(ds.client.post("/kb/cites", data={"symbol": "25-NQ/TW"}))
    assert post.status_code == 405
    attempts = [
        post,
        get(ds, "/kb.json?sql=" + quote("delete from documents")),
        get(ds, "/kb.json?sql=" + quote("update documents set title = 'x'")),
    ]
    for response in attempts:
        assert response.status_code >= 400 or response.json().get("ok") is False
    assert count(kb_db, "documents") == documents
    assert hashlib.sha256(kb_db.read_bytes()).hexdigest() == before
    assert all(not q.get("write") for q in get(ds, "/-/metadata.json").json()["databases"]["kb"]["queries"].values())


# --- ingest ------------------------------------------------------------------------------------


def test_ingest_again_changes_nothing(tmp_path, extracted):
    db = tmp_path / "kb.db"
    ingest_records(db, extracted)
    tables = ("documents", "passages", "citations", "cited_documents", "bodies", "similar_passages")
    before = {t: count(db, t) for t in tables}
    again = ingest_records(db, extracted)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    assert {t: count(db, t) for t in tables} == before


def _index_names(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {n for (n,) in conn.execute("select name from sqlite_master where type = 'index' and name like 'idx_%'")}


def test_a_first_build_creates_its_indexes_at_the_end_even_when_interrupted(tmp_path, extracted):
    from plankb.kb.schema import INDEXES
    from plankb.kb.store import Store

    expected = {f"idx_{table}_{'_'.join(cols)}" for table, cols in INDEXES}
    built = tmp_path / "built.db"
    ingest_records(built, extracted)
    assert expected <= _index_names(built)

    # A first build writes without the secondary indexes; stopped before its end, it has none...
    broken = tmp_path / "interrupted.db"
    store = Store(broken)
    assert store.deferred_indexes
    for record, text, path in extracted[:2]:
        store.ingest(record, text, path)
    store.close()
    assert not expected & _index_names(broken)
    # ... and the next run, adding to a base that has documents, creates them before writing.
    store = Store(broken)
    assert not store.deferred_indexes and expected <= _index_names(broken)
    store.close()
    result = ingest_records(broken, extracted)
    assert (result.added, result.unchanged) == (3, 2)
    assert expected <= _index_names(broken)


def test_changed_file_replaces_its_rows(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for seed in SEED_FILES:
        shutil.copy(seed, folder)
    db = tmp_path / "kb.db"
    runner = CliRunner()
    assert runner.invoke(ingest, [str(folder), "--db", str(db), "--jobs", "1"]).exit_code == 0
    target = folder / SEED_FILES[3].name  # 47-KH/BCĐ cites 25-NQ/TW dated 2016-06-03
    original = target.read_text(encoding="utf-8")
    assert "25-NQ/TW ngày 3/6/2016" in original
    target.write_text(original.replace("25-NQ/TW ngày 3/6/2016", "25-NQ/TW ngày 3/6/2013"), encoding="utf-8")
    result = runner.invoke(ingest, [str(folder), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "added 0, updated 1, unchanged 4, failed 0" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 5
        assert conn.execute("select count(*) from files").fetchone()[0] == 5
        # The old document's rows are gone: no orphan passages or citations, no date conflict left.
        assert (
            conn.execute("select count(*) from passages where document_id not in (select id from documents)").fetchone()[0] == 0
        )
        assert (
            conn.execute("select count(*) from citations where document_id not in (select id from documents)").fetchone()[0] == 0
        )
        assert conn.execute("select count(*) from conflicts where symbol = '25-NQ/TW'").fetchone()[0] == 0
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        # The similarity buckets of the old passages are gone too (found again from their signatures).
        assert conn.execute("select count(*) from passage_buckets").fetchone()[0] > 0
        assert conn.execute("select count(*) from passage_buckets where passage_id not in (select id from passages)").fetchone()[0] == 0
        # The full-text index holds exactly the stored passages (its 'delete's matched its inserts).
        register_functions(conn)
        conn.execute("insert into passages_fts (passages_fts, rank) values ('integrity-check', 1)")
        indexed = conn.execute("select count(*) from passages_fts where passages_fts match 'dan'").fetchone()[0]
        plains = [p for (p,) in conn.execute("select plankb_plain(text) from passage_texts")]
        assert indexed == sum(1 for p in plains if re.search(r"\bdan\b", p)) > 0


def test_bad_files_are_reported_and_the_others_stored(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    good = folder / "good.txt"
    shutil.copy(SEED_FILES[0], good)
    db = tmp_path / "kb.db"
    runner = CliRunner()
    assert runner.invoke(ingest, [str(good), "--db", str(db)]).exit_code == 0
    good.write_text("")  # a stored file turns empty: its rows must survive
    (folder / "empty.txt").write_text("   \n")
    (folder / "other.txt").write_bytes(SEED_FILES[1].read_bytes())
    corrupt = tmp_path / "corrupt.xyz"
    corrupt.write_bytes(b"\x00\xff" * 50)
    result = runner.invoke(ingest, [str(folder), str(corrupt), str(tmp_path / "missing.txt"), "--db", str(db), "--jobs", "2"])
    assert result.exit_code == 1
    assert "added 1, updated 0, unchanged 0, failed 4" in result.stdout
    for name in ("good.txt", "empty.txt", "corrupt.xyz", "missing.txt"):
        assert f"failed: {tmp_path}" in result.stderr and name in result.stderr
    assert "empty" in result.stderr and "no reader" in result.stderr and "no such file" in result.stderr
    with sqlite3.connect(db) as conn:
        paths = {Path(p).name for (p,) in conn.execute("select path from files")}
    assert paths == {"good.txt", "other.txt"}


def test_same_text_in_two_files_is_one_document(tmp_path, extracted):
    db = tmp_path / "kb.db"
    record, text, path = extracted[0]
    copy = tmp_path / "copy.txt"
    shutil.copy(path, copy)
    first = ingest_records(db, [(record, text, path), (record, text, copy)])
    assert first.added == 2 and count(db, "documents") == 1 and count(db, "files") == 2
    assert ingest_records(db, [(record, text, path), (record, text, copy)]).unchanged == 2


# --- keys of bodies and cited documents --------------------------------------------------------


def _record(doc_id: str, place: str | None, issuer: str, references=(), assignments=()) -> dict:
    return {
        "id": doc_id,
        "source": {"path": f"{doc_id}.txt", "format": "txt", "sha256": doc_id},
        "doc_type": "KH",
        "issuer": {"name": issuer},
        "place": place,
        "references": [
            {
                "symbol": s,
                "doc_type": "NQ",
                "date": d,
                "issuer": i,
                "subject": None,
                "relation": "cites",
                "text": s,
                "start": 0,
                "end": 1,
            }
            for s, d, i in references
        ],
        "assignments": [
            {"body": b, "role": "lead", "task": "t", "deadline": None, "text": b, "start": 0, "end": 1} for b in assignments
        ],
    }


def test_bodies_merge_spelling_variants_within_a_province(tmp_path):
    db = tmp_path / "kb.db"
    records = [
        _record("a", "Cà Mau", "Tỉnh ủy Cà Mau", assignments=["UBND tỉnh", "Thành uỷ"]),
        _record("b", "Cà Mau", "Tỉnh ủy Cà Mau", assignments=["Ủy ban nhân dân tỉnh Cà Mau", "Thành ủy"]),
        _record("c", "Bắc Ninh", "Tỉnh ủy Bắc Ninh", assignments=["Ủy ban nhân dân tỉnh"]),
    ]
    ingest_records(db, [(r, None, r["source"]["path"]) for r in records])
    with sqlite3.connect(db) as conn:
        people = conn.execute(
            "select scope, count(*) from assignments a join bodies b on b.id = a.body_id group by b.id order by 1, 2"
        ).fetchall()
    assert people == [("Bắc Ninh", 1), ("Cà Mau", 2), ("Cà Mau", 2)]


def test_cited_document_keys(tmp_path):
    db = tmp_path / "kb.db"
    records = [
        # 04-NQ/TU of Cà Mau, cited with and without a date: one document.
        _record("a", "Cà Mau", "Tỉnh ủy Cà Mau", [("04-NQ/TU", "2022-07-13", "Tỉnh ủy")]),
        _record("b", "Cà Mau", "Tỉnh ủy Cà Mau", [("04-NQ/TU", None, "Tỉnh ủy")]),
        # 04-NQ/TU of Bắc Ninh: another document.
        _record("c", "Bắc Ninh", "Tỉnh ủy Bắc Ninh", [("04-NQ/TU", "2021-03-01", "Tỉnh ủy")]),
        # Central numbers restart with each term: two documents, no conflict.
        _record("d", "Cà Mau", "Tỉnh ủy Cà Mau", [("10-NQ/TW", "2007-01-31", "Ban Chấp hành Trung ương khóa X")]),
        _record("e", "Cà Mau", "Tỉnh ủy Cà Mau", [("10-NQ/TW", "2017-06-03", "Ban Chấp hành Trung ương khóa XII")]),
    ]
    ingest_records(db, [(r, None, r["source"]["path"]) for r in records])
    with sqlite3.connect(db) as conn:
        keys = dict(conn.execute("select key, n_citations from cited_documents"))
        conflicts = conn.execute("select count(*) from conflicts").fetchone()[0]
    assert keys == {
        "04-NQ/TU|cà mau|2022": 2,
        "04-NQ/TU|bắc ninh|2021": 1,
        "10-NQ/TW|TW|2007": 1,
        "10-NQ/TW|TW|2017": 1,
    }
    assert conflicts == 0


def test_cited_document_links_to_the_ingested_document(tmp_path):
    db = tmp_path / "kb.db"
    cited = {**_record("x", "Cà Mau", "Tỉnh ủy Cà Mau"), "symbol": "04-NQ/TU", "date": "2022-07-13"}
    citing = _record("a", "Cà Mau", "Tỉnh ủy Cà Mau", [("04-NQ/TU", "2022-07-13", "Tỉnh ủy")])
    other = _record("c", "Bắc Ninh", "Tỉnh ủy Bắc Ninh", [("04-NQ/TU", "2022-07-13", "Tỉnh ủy")])
    ingest_records(db, [(r, None, r["source"]["path"]) for r in (citing, other)])
    ingest_records(db, [(cited, None, "x.txt")])  # arrives later: the link is made then
    with sqlite3.connect(db) as conn:
        links = dict(conn.execute("select key, documents_id from cited_documents"))
    assert links == {"04-NQ/TU|cà mau|2022": "x", "04-NQ/TU|bắc ninh|2022": None}


# --- command line ------------------------------------------------------------------------------


def test_cli_cites(kb_db, ds):
    result = CliRunner().invoke(cites, ["25-NQ/TW", "--db", str(kb_db), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == rows(ds, "cites", symbol="25-NQ/TW")  # the same SQL as the canned query
    text = CliRunner().invoke(cites, ["25-NQ/TW", "--db", str(kb_db)]).stdout
    assert "47-KH/BCĐ" in text and "03/KH-TA" in text and "2016-06-03" in text and "ngày ghi khi dẫn" in text


def test_cli_search(kb_db, ds):
    result = CliRunner().invoke(search, ["dan van kheo", "--db", str(kb_db), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == rows(ds, "search", q="dan van kheo")
    assert "**Dân vận khéo**" in CliRunner().invoke(search, ["dan van kheo", "--db", str(kb_db)]).stdout


def test_cli_export_formats(kb_db, extracted):
    runner = CliRunner()
    as_json = json.loads(runner.invoke(export, ["--db", str(kb_db), "--format", "json"]).stdout)
    assert sorted(r["id"] for r in as_json) == sorted(r["id"] for r, _, _ in extracted)
    assert as_json[0] == next(r for r, _, _ in extracted if r["id"] == as_json[0]["id"])  # the record, field for field
    lines = runner.invoke(export, ["--db", str(kb_db), "--format", "jsonl", "--table", "citations"]).stdout.splitlines()
    assert len(lines) == count(kb_db, "citations") and json.loads(lines[0])["symbol"]
    csv_text = runner.invoke(export, ["--db", str(kb_db), "--format", "csv"]).stdout
    assert csv_text.startswith("id,label,doc_type,symbol") and "47-KH/BCĐ" in csv_text
    bad = runner.invoke(export, ["--db", str(kb_db), "--format", "csv", "--table", "nope"])
    assert bad.exit_code != 0 and "no table" in bad.output


def test_cli_on_missing_database(tmp_path):
    result = CliRunner().invoke(cites, ["25-NQ/TW", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no such database" in result.output


def test_body_tasks_are_the_newest_500_of_every_province(tmp_path):
    # One name in three provinces, 900 tasks (some undated): the query reads only the newest of
    # each name's index range; its answer must be what sorting all the tasks gives.
    import random

    from plankb.kb.queries import QUERIES
    from plankb.kb.sqlfuncs import register_functions

    rng = random.Random(7)
    records = []
    for i in range(900):
        place = ("Cà Mau", "Bắc Ninh", "Hà Nội")[i % 3]
        bodies = ["Ban Dân vận Tỉnh ủy", "Sở Tư pháp"] + (["Ban Tổ chức Tỉnh ủy"] if i < 60 else [])
        rec = _record(f"d{i:04d}", place, f"Tỉnh ủy {place}", assignments=bodies)
        rec["date"] = None if i % 50 == 0 else f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        records.append(rec)
    db = tmp_path / "kb.db"
    ingest_records(db, [(r, None, r["source"]["path"]) for r in records])
    conn = sqlite3.connect(db)
    register_functions(conn)
    answer = conn.execute(QUERIES["body_tasks"].sql, {"body": "ban dan van tinh uy"}).fetchall()
    brute = conn.execute(
        "select d.id from assignments a join bodies b on b.id = a.body_id join documents d on d.id = a.document_id"
        " where b.name_key = 'ban dân vận tỉnh ủy' order by a.document_date desc, b.name, a.start, a.id"
    ).fetchall()
    assert len(answer) == 500 and len(brute) == 900
    dates = dict(conn.execute("select id, date from documents"))
    got = [dates[row[5]] for row in answer]
    assert got == [dates[d] for (d,) in brute[:500]]  # the same dates in the same order
    assert {row[0] for row in answer} == {"Ban Dân vận Tỉnh ủy"}
    # A name with fewer than 500 tasks: all of them, the undated ones last.
    few = [dates[row[5]] for row in conn.execute(QUERIES["body_tasks"].sql, {"body": "Ban Tổ chức"})]
    assert len(few) == 60 and few[-2:] == [None, None] and None not in few[:-2]
    assert few[:-2] == sorted(few[:-2], reverse=True)


# Schema 4's passages and full-text index: each passage's text and plain form stored again.
_V4_FTS = """
CREATE VIRTUAL TABLE passages_fts USING FTS5 (plain, content=[passages]);
CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
  INSERT INTO fts_pending (passage_id) VALUES (new.id);
END;
CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
  INSERT INTO passages_fts (passages_fts, rowid, plain)
    SELECT 'delete', old.id, old.plain WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE passage_id = old.id);
  DELETE FROM fts_pending WHERE passage_id = old.id;
END;
"""


def _as_version_4(conn: sqlite3.Connection) -> None:
    """A current base made as schema 4 left it: passages with copies of their text, untrimmed;
    no documents.province_now (schema 6); records as JSON text (schema 7)."""
    register_functions(conn)
    as_version_6(conn)
    conn.execute("alter table documents drop column province_now")
    conn.execute("drop view passages_fts_content")
    conn.execute("drop view passage_texts")
    for name in ("passages_ai", "passages_ad", "passages_au"):
        conn.execute(f"drop trigger {name}")
    conn.execute("drop table passages_fts")
    conn.execute("alter table passages add column text text")
    conn.execute("alter table passages add column plain text")
    conn.execute(
        "update passages set text = (select substr(d.text, passages.start + 1, passages.end - passages.start)"
        " from documents d where d.id = passages.document_id)"
    )
    conn.execute("update passages set plain = plankb_plain(text), end = end + 1")  # a white space more
    conn.executescript(_V4_FTS)
    conn.execute("insert into passages_fts (rowid, plain) select id, plain from passages")
    # similar pairs with a rowid and the other passage's document; buckets indexed by passage
    conn.execute("alter table similar_passages rename to similar_5")
    conn.execute(
        "create table similar_passages (passage_id integer, other_id integer, other_document_id text, score float,"
        " primary key (passage_id, other_id))"
    )
    conn.execute(
        "insert into similar_passages select s.passage_id, s.other_id, p.document_id, s.score from similar_5 s"
        " join passages p on p.id = s.other_id"
    )
    conn.execute("drop table similar_5")
    conn.execute("create index idx_similar_passages_other_document_id on similar_passages(other_document_id)")
    conn.execute("create index idx_passage_buckets_passage_id on passage_buckets(passage_id)")
    conn.execute("update kb_meta set value = '4' where key = 'schema_version'")


def test_a_version_4_base_keeps_one_copy_of_each_text(tmp_path, extracted):
    from plankb.kb.store import Store

    db = tmp_path / "kb.db"
    ingest_records(db, extracted)
    with sqlite3.connect(db) as conn:
        before = conn.execute("select id, start, end from passages order by id").fetchall()
        pairs = conn.execute("select * from similar_passages order by 1, 2").fetchall()
        assert pairs
        _as_version_4(conn)
        assert conn.execute("select count(*) from passages where text is null").fetchone()[0] == 0
    Store(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("select value from kb_meta where key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
        columns = {c[1] for c in conn.execute("pragma table_info(passages)")}
        assert not {"text", "plain"} & columns
        assert conn.execute("select id, start, end from passages order by id").fetchall() == before  # trimmed again
        assert conn.execute("select * from similar_passages order by 1, 2").fetchall() == pairs
    ds = make_datasette(db)
    found = asyncio.run(ds.client.get("/kb/search.json?_shape=array&q=" + quote("dân vận"))).json()
    assert found and all("**" in row["snippet"] for row in found)


def test_a_version_2_base_is_brought_up_to_date(tmp_path, extracted):
    from plankb.kb.store import Store

    db = tmp_path / "kb.db"
    ingest_records(db, extracted)
    with sqlite3.connect(db) as conn:
        _as_version_4(conn)
    with sqlite3.connect(db) as conn:  # as schema 2 left it: no name_key on assignments
        conn.execute("drop index idx_assignments_name_key_document_date_start_body_id")
        conn.execute("alter table assignments drop column name_key")
        conn.execute("update kb_meta set value = '2' where key = 'schema_version'")
        # and as schema 3 left it: no kind nor section_end on passages
        kinds = conn.execute("select id, kind, section_end from passages order by id").fetchall()
        conn.execute("drop index idx_passages_kind_document_id")
        conn.execute("alter table passages drop column kind")
        conn.execute("alter table passages drop column section_end")
    Store(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("select value from kb_meta where key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
        missing = conn.execute(
            "select count(*) from assignments a join bodies b on b.id = a.body_id where a.name_key is not b.name_key"
        ).fetchone()[0]
        assert missing == 0 and count(db, "assignments") > 0
        assert conn.execute("select id, kind, section_end from passages order by id").fetchall() == kinds
        assert any(k for _, k, _ in kinds)
        assert conn.execute("select count(*) from fts_pending").fetchone()[0] == 0  # nothing left to index
    ds = make_datasette(db)
    assert len(asyncio.run(ds.client.get("/kb/body_tasks.json?_shape=array&body=Ban%20D%C3%A2n%20v%E1%BA%ADn")).json()) > 0


# --- the pages a person reads: Vietnamese, answers first ---------------------------------------


def test_labels_cover_every_code_the_extraction_writes():
    from plankb.kb import labels
    from plankb.schema.jsonschema import ENUMS

    for (cls, field), codes in ENUMS.items():
        column = "area" if field == "area" else field
        assert set(codes) <= set(labels.VALUES[column]), (cls, field)
    assert labels.value_label("role", "lead") == "chủ trì"
    assert labels.value_label("relation", "basis,implements") == "căn cứ, thực hiện"
    assert labels.value_label("qualifier", "by") == "chậm nhất"
    assert labels.value_label("role", "chủ trì") is None and labels.value_label("title", "lead") is None
    assert labels.column_label("month_day") == "ngày, tháng hằng năm" and labels.column_label("nope") == "nope"
    assert labels.column_label("scope", "bodies") != labels.column_label("scope")


def test_every_column_and_table_has_a_vietnamese_label(kb_db):
    from plankb.kb import labels
    from plankb.kb.metadata import TABLES
    from plankb.kb.queries import QUERIES, run
    from plankb.kb.sqlfuncs import register_functions

    conn = sqlite3.connect(kb_db)
    register_functions(conn)
    for table, meta in TABLES.items():
        if meta.get("hidden"):
            continue
        assert table in labels.TABLES
        for (column,) in conn.execute(f"select name from pragma_table_info('{table}')"):
            assert column in labels.COLUMNS or (table, column) in labels.TABLE_COLUMNS, (table, column)
    for name, query in QUERIES.items():
        assert query.title_vi and query.description_vi
        columns, _ = run(conn, name)
        assert all(c in labels.COLUMNS for c in columns), name
        assert all(p in labels.PARAMS for p in query.params), name


def test_question_page_opens_with_the_answer_in_vietnamese(ds):
    html = get(ds, "/kb/cites?symbol=" + quote("25-NQ/TW")).text
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title == "Văn bản nào trích dẫn một số, ký hiệu?"
    assert "select" not in html.lower().split("<footer")[0].replace("<select", "")  # no SQL on the page
    assert "Run SQL" not in html and "SQL query" not in html
    assert "Xem câu trả lời" in html and "3 kết quả" in html and "trích dẫn" in html
    for found in rows(ds, "cites", symbol="25-NQ/TW"):
        assert f'href="/kb/documents/{found["document"]}"' in html  # each answer links to its document
    assert 'href="/kb/cited_documents/25-NQ~2FTW~7CTW~7C2013"' in html


def test_an_empty_question_shows_an_example_that_has_an_answer(ds):
    html = get(ds, "/kb/cites").text
    assert "0 results" not in html and "Hãy nhập" in html
    example = re.search(r'class="plankb-example">Ví dụ: <a href="([^"]+)"', html).group(1)
    assert example == "/kb/cites?symbol=25-NQ%2FTW"
    database = get(ds, "/kb").text
    for name in ("cites", "cited_by", "due", "body_tasks", "disagreements", "search", "similar"):
        link = re.search(rf'class="plankb-example" href="(/kb/{name}\?[^"]+)"', database).group(1)
        answer = get(ds, link.replace("&amp;", "&").replace("?", ".json?_shape=array&", 1)).json()
        assert answer, name  # every example has an answer on the seeds


def test_search_answers_link_to_the_passage_and_its_similar_ones(ds):
    html = get(ds, "/kb/search?q=" + quote("dân vận khéo")).text
    first = rows(ds, "search", q="dân vận khéo")[0]
    assert f'href="/kb/passages/{first["passage"]}"' in html and f'href="/kb/similar?passage={first["passage"]}"' in html


def test_table_pages_are_tables_again_and_speak_vietnamese(ds):
    for table in ("deadlines", "conflicts"):
        page = get(ds, f"/kb/{table}").text
        assert 'class="rows-and-columns"' in page or "Không có dòng nào" in page
        assert "Query parameters" not in page
    page = get(ds, "/kb/assignments?role=lead").text
    assert "Phân công nhiệm vụ" in page and "vai trò = “chủ trì”" in page and "rows where" not in page
    assert ">chủ trì</span>" in page and "Suggested facets" not in page
    # JSON keeps its ASCII keys and codes
    table = get(ds, "/kb/assignments.json?_shape=array&role=lead").json()
    assert table and all(r["role"] == "lead" for r in table)


def test_english_interface(kb_db):
    en = make_datasette(kb_db, "en")
    html = get(en, "/kb/cites?symbol=" + quote("25-NQ/TW")).text
    assert "<title>Documents citing a symbol</title>" in html and "Run SQL" in html
    assert "Citation network" in get(en, "/kb/cited_documents/25-NQ~2FTW~7CTW~7C2013").text
    assert "rows where" in get(en, "/kb/assignments?role=lead").text


def test_table_search_box_finds_accented_and_unaccented_words_alike(ds):
    def found(q):
        response = get(ds, "/kb/passages.json?_shape=array&_col=id&_size=max&_search=" + quote(q))
        assert response.status_code == 200, response.text
        return {r["id"] for r in response.json()}

    kheo = found("dân vận khéo")
    assert kheo and kheo == found("dan van kheo") == found("DÂN VẬN KHÉO")
    assert found("uỷ ban") == found("ủy ban") and found("Đảng") == found("dang")
    assert found('"') == set()  # a stray quote is no FTS5 syntax error
    assert {r["passage"] for r in rows(ds, "search", q="dân vận khéo")} <= kheo  # the question agrees
