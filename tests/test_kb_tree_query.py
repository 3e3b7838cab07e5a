"""The `tree` question's SQL (kb/queries.py) on the shapes real bases have and a walk of every path
cannot afford: plans citing each other in a circle, webs of plans citing every plan one tier up,
and more documents citing a resolution than the answer holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from plankb.kb import queries
from plankb.kb.ingest import ingest_records
from plankb.kb.schema import ensure_schema
from plankb.kb.sqlfuncs import register_functions
from tests.conftest import plan_citing

NQ = ("25-NQ/TW", "2013-06-03")


def _plan(doc_id: str, symbol: str, date: str, refs: list[tuple[str, str]]) -> dict:
    return plan_citing(doc_id, symbol, date, refs)


def _tree(db: Path, symbol: str = "25-NQ/TW") -> list[dict]:
    conn = sqlite3.connect(db)
    register_functions(conn)
    try:
        columns, rows = queries.run(conn, "tree", symbol=symbol)
    finally:
        conn.close()
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _check_nesting(rows: list[dict]) -> None:
    """Each document once, after its parent, one tier below it."""
    seen: dict[str, int] = {}
    for row in rows:
        assert row["document"] not in seen
        if row["parent"] is None:
            assert row["depth"] == 1
        else:
            assert row["parent"] in seen and row["depth"] == seen[row["parent"]] + 1
        seen[row["document"]] = row["depth"]


@pytest.fixture(scope="module")
def circle(tmp_path_factory) -> Path:
    """Two provincial plans implementing 25-NQ/TW and each other (a circle), a plan implementing
    the second, and a plan implementing that one."""
    db = tmp_path_factory.mktemp("circle") / "kb.db"
    a, b = ("1-KH/TU", "2014-01-10"), ("2-KH/TU", "2014-02-10")
    c = ("3-KH/TU", "2014-03-10")
    plans = [
        _plan("a", *a, [NQ, b]),
        _plan("b", *b, [NQ, a]),
        _plan("c", *c, [b]),
        _plan("d", "4-KH/TU", "2014-04-10", [c]),
    ]
    assert ingest_records(db, [(p, None, p["source"]["path"]) for p in plans]).added == 4
    return db


def test_a_circle_of_citations_loses_no_document(circle):
    rows = _tree(circle)
    _check_nesting(rows)
    assert sorted(r["document"] for r in rows) == ["a", "b", "c", "d"]
    shown = [(r["depth"], r["document"], r["parent"]) for r in rows]
    # a and b cite the resolution: each is a first tier (the circle between them is no chain);
    # c under b, d under c
    assert shown[0][:2] == (1, "a") and (1, "b", None) in shown
    assert (2, "c", "b") in shown and (3, "d", "c") in shown


@pytest.fixture(scope="module")
def web(tmp_path_factory) -> Path:
    """Seven tiers of four plans, each citing the resolution and every plan one tier up: 4^6
    chains lead to a plan of the last tier."""
    db = tmp_path_factory.mktemp("web") / "kb.db"
    plans, above = [], []
    for tier in range(1, 8):
        mine = []
        for k in range(4):
            symbol, date = f"{tier * 10 + k}-KH/TU", f"{2013 + tier}-0{k + 1}-15"
            plans.append(_plan(f"t{tier}k{k}", symbol, date, [NQ, *above]))
            mine.append((symbol, date))
        above = mine
    assert ingest_records(db, [(p, None, p["source"]["path"]) for p in plans]).added == 28
    return db


def test_a_web_of_citations_puts_each_plan_at_its_tier(web):
    rows = _tree(web)
    _check_nesting(rows)
    assert len(rows) == 28
    for row in rows:  # each plan at its longest chain, under the earliest plan one tier up
        tier = int(row["document"][1])
        assert row["depth"] == tier
        assert row["parent"] == (f"t{tier - 1}k0" if tier > 1 else None)
    # brothers by date: the first tier's four plans, the first of them holding the rest
    assert [r["document"] for r in rows if r["depth"] == 1] == ["t1k0", "t1k1", "t1k2", "t1k3"]
    assert [r["document"] for r in rows[:8]] == [f"t{t}k0" for t in range(1, 8)] + ["t7k1"]


@pytest.fixture(scope="module")
def crowd(tmp_path_factory) -> Path:
    """More documents citing 25-NQ/TW than the answer holds, some undated."""
    db_path = tmp_path_factory.mktemp("crowd") / "kb.db"
    db = sqlite_utils.Database(db_path)
    ensure_schema(db)
    n = 620
    dates = [None if i % 7 == 0 else f"{2014 + i % 9}-{i % 12 + 1:02}-{i % 28 + 1:02}" for i in range(n)]
    db["documents"].insert_all({"id": f"d{i:04}", "symbol": f"{i}-KH/TU", "date": dates[i], "label": f"{i}-KH/TU"} for i in range(n))
    db["cited_documents"].insert({"key": "25-NQ/TW|TW|2013", "label": "25-NQ/TW", "symbol": "25-NQ/TW", "date": "2013-06-03"})
    db["citations"].insert_all({"document_id": f"d{i:04}", "cited_id": "25-NQ/TW|TW|2013", "symbol": "25-NQ/TW",
                                "relation": "basis", "first_mention": 1, "citing_date": dates[i]} for i in range(n))  # fmt: skip
    return db_path


def test_the_answer_holds_the_earliest_when_too_many_cite(crowd):
    rows = _tree(crowd)
    _check_nesting(rows)
    assert len(rows) == 500
    dated = sorted((r["date"], r["document"]) for r in rows)
    assert [r["date"] for r in rows] == [d for d, _ in dated]  # by date
    conn = sqlite3.connect(crowd)
    earliest = [d for (d,) in conn.execute("select id from documents where date is not null order by date, id limit 500")]
    assert [r["document"] for r in rows] == earliest
