"""documents.province_now: the province of today (34 since the 2025 merger) a document's province
is part of, beside the province as written; null for Central documents; filled on upgrade."""

from __future__ import annotations

import asyncio
import copy
import sqlite3
from pathlib import Path

import pytest

from plankb.kb.app import make_datasette
from plankb.kb.ingest import ingest_records
from plankb.kb.schema import SCHEMA_VERSION
from plankb.kb.work import extract_path

SEED_FILES = sorted((Path(__file__).resolve().parent.parent / "corpus" / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def extracted():
    out = []
    for path in SEED_FILES:
        path, record, text, error = extract_path(str(path))
        assert error is None, error
        out.append((record, text, path))
    return out


def _moved(item, doc_id: str, issuer: dict, place: str):
    """A seed's record as if another body had issued it elsewhere: a new document."""
    record, text, path = item
    record = copy.deepcopy(record)
    record["id"] = doc_id
    record["issuer"] = issuer
    record["place"] = place
    record["symbol"] = None  # not filed as the seed's own symbol
    return record, text, f"{path}.{doc_id}"


@pytest.fixture(scope="module")
def kb_db(tmp_path_factory, extracted) -> Path:
    items = list(extracted)
    items.append(_moved(extracted[0], "quang-binh", {"name": "Ủy ban nhân dân tỉnh Quảng Bình", "level": "province"}, "tỉnh Quảng Bình"))
    items.append(_moved(extracted[0], "central", {"name": "Ban Chấp hành Trung ương", "level": "central"}, "Hà Nội"))
    db = tmp_path_factory.mktemp("kb") / "kb.db"
    result = ingest_records(db, items)
    assert result.failed == []
    return db


def _provinces(db: Path) -> dict[str, tuple[str | None, str | None]]:
    with sqlite3.connect(db) as conn:
        return {i: (p, n) for i, p, n in conn.execute("select id, province, province_now from documents")}


def test_each_local_seed_has_its_province_of_today(kb_db, extracted):
    from plankb.kb.provinces import current_provinces

    stored = _provinces(kb_db)
    seeds = [record["id"] for record, _, _ in extracted]
    local = [stored[i] for i in seeds if stored[i][0] is not None]
    assert local  # the seeds are provincial documents
    assert all(now in current_provinces() for _, now in local)


def test_a_merged_province_is_written_as_it_was_and_found_where_it_is_now(kb_db):
    stored = _provinces(kb_db)
    assert stored["quang-binh"] == ("Quảng Bình", "Quảng Trị")
    assert stored["central"] == (None, None)


def test_province_now_is_a_facet_of_the_documents_table(kb_db):
    ds = make_datasette(kb_db)
    page = asyncio.run(ds.client.get("/kb/documents.json")).json()
    facet = page["facet_results"]["province_now"]
    assert {"Quảng Trị", "Cà Mau"} <= {row["value"] for row in facet["results"]}
    html = asyncio.run(ds.client.get("/kb/documents")).text
    assert "tỉnh, thành phố hiện nay" in html


def test_a_version_5_base_gets_the_column_filled(tmp_path, extracted):
    from plankb.kb.store import Store

    db = tmp_path / "kb.db"
    items = [*extracted, _moved(extracted[0], "quang-binh", {"name": "Tỉnh ủy Quảng Bình", "level": "province"}, "Quảng Bình")]
    ingest_records(db, items)
    before = _provinces(db)
    with sqlite3.connect(db) as conn:  # as schema 5 left it: no province_now
        conn.execute("alter table documents drop column province_now")
        conn.execute("update kb_meta set value = '5' where key = 'schema_version'")
    Store(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("select value from kb_meta where key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
    assert _provinces(db) == before
    assert before["quang-binh"] == ("Quảng Bình", "Quảng Trị")


def test_serving_a_version_5_base_brings_it_up_to_date_first(tmp_path, extracted, monkeypatch):
    """Its documents page would otherwise fail on the province_now facet."""
    import uvicorn
    from click.testing import CliRunner

    from plankb.kb.cli import serve

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append(app))
    db = tmp_path / "kb.db"
    ingest_records(db, extracted[:1])
    with sqlite3.connect(db) as conn:
        conn.execute("alter table documents drop column province_now")
        conn.execute("update kb_meta set value = '5' where key = 'schema_version'")
    assert CliRunner().invoke(serve, ["--db", str(db)]).exit_code == 0 and len(served) == 1
    assert all(now is not None for province, now in _provinces(db).values() if province)
    page = asyncio.run(make_datasette(db).client.get("/kb/documents.json"))
    assert page.status_code == 200 and "province_now" in page.json()["facet_results"]
