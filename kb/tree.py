"""What a document set in motion: the documents implementing a cited symbol, level by level.

``implementation_tree(conn, "25-NQ/TW")`` nests the rows of the `tree` canned query (kb/queries.py,
the SQL the web runs) as JSON: the cited document(s) with their dates and issuers, then the
documents citing the symbol, each with the documents citing it as ``children``, and so on (Central
→ province → district → commune where the issuers' levels are known). A document appears once,
under the document it implements by the longest chain; brothers are in date order, undated last.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from plankb.kb import queries
from plankb.kb.sqlfuncs import symbol_of

NODE_FIELDS = ("document", "symbol", "date", "issuer", "issuer_level", "title", "relation")


def implementation_tree(conn: sqlite3.Connection, symbol: str, limit: int | None = None) -> dict:
    """The tree of documents implementing ``symbol`` (the first ``limit`` documents in tree order),
    JSON-ready: {"symbol", "cited": [...], "documents": n, "truncated": bool, "children": [...]}."""
    columns, rows = queries.run(conn, "tree", symbol=symbol)
    kept = rows if limit is None else rows[:limit]
    nodes: dict[str, dict] = {}
    top: list[dict] = []
    for row in kept:
        r = dict(zip(columns, row, strict=True))
        parent = nodes.get(r["parent"]) if r["parent"] else None
        node = {
            "depth": parent["depth"] + 1 if parent else 1,
            **{k: r[k] for k in NODE_FIELDS},
            "parent": parent["document"] if parent else None,
            "children": [],
        }
        (parent["children"] if parent else top).append(node)
        nodes[r["document"]] = node
    normalized = symbol_of(symbol) or ""
    cited = [
        {"cited_document": key, "date": date, "issuer": issuer, "subject": subject, "n_documents": n, "ingested": ingested}
        for key, date, issuer, subject, n, ingested in conn.execute(
            "select key, date, issuer, subject, n_documents, documents_id from cited_documents where symbol = ?"
            " order by n_documents desc, key",
            (normalized,),
        )
    ]
    return {
        "symbol": normalized,
        "cited": cited,
        "documents": len(nodes),
        "truncated": len(kept) < len(rows) or len(rows) >= queries.TREE_ROWS,
        "children": top,
    }


def walk(nodes: list[dict]) -> Iterator[dict]:
    """Every node of a tree (its ``children`` lists), depth first, in order."""
    for node in nodes:
        yield node
        yield from walk(node["children"])
