"""The citation network around a document, drawn as inline SVG (no script, no network access).

Columns from left to right: the documents citing the citers, the citers, the document itself,
and (for an ingested document) what it cites. Arrows point from the citing to the cited.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from html import escape

MAX_PER_COLUMN = 12

_CITERS_OF_CITED = """
select distinct d.id, d.label from citations c join documents d on d.id = c.document_id
where c.cited_id = ? order by d.date, d.id"""
_CITED_AS = "select key from cited_documents where documents_id = ?"
_CITED_BY_DOC = """
select distinct cd.key, cd.label, cd.documents_id from citations c join cited_documents cd on cd.key = c.cited_id
where c.document_id = ? order by cd.symbol"""


@dataclass
class Node:
    id: str
    label: str
    table: str  # "documents" or "cited_documents": where the node links to
    column: int


@dataclass
class Graph:
    nodes: dict[tuple[str, str], Node] = field(default_factory=dict)
    edges: set[tuple[tuple[str, str], tuple[str, str]]] = field(default_factory=set)
    hidden: dict[int, int] = field(default_factory=dict)  # column -> nodes left out

    def add(self, table: str, id: str, label: str, column: int) -> tuple[str, str] | None:
        key = (table, id)
        if key in self.nodes:
            return key
        if sum(1 for n in self.nodes.values() if n.column == column) >= MAX_PER_COLUMN:
            self.hidden[column] = self.hidden.get(column, 0) + 1
            return None
        self.nodes[key] = Node(id, label or id, table, column)
        return key

    def link(self, a: tuple[str, str] | None, b: tuple[str, str] | None) -> None:
        if a and b and a != b:
            self.edges.add((a, b))


def _citers(conn: sqlite3.Connection, cited_keys: list[str]) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for key in cited_keys:
        out.update(conn.execute(_CITERS_OF_CITED, (key,)).fetchall())
    return list(out.items())


def _add_citers(conn, g: Graph, target, cited_keys: list[str], column: int, depth: int) -> None:
    """Documents citing any of ``cited_keys`` go in ``column``; their own citers one further left."""
    for doc_id, label in _citers(conn, cited_keys):
        node = g.add("documents", doc_id, label, column)
        g.link(node, target)
        if depth > 1 and node:
            keys = [k for (k,) in conn.execute(_CITED_AS, (doc_id,))]
            _add_citers(conn, g, node, keys, column - 1, depth - 1)


def network_of_cited(conn: sqlite3.Connection, key: str) -> Graph:
    g = Graph()
    row = conn.execute("select key, label, documents_id from cited_documents where key = ?", (key,)).fetchone()
    if row is None:
        return g
    center = g.add("cited_documents", row[0], row[1], 0)
    _add_citers(conn, g, center, [key], -1, 2)
    return g


def network_of_document(conn: sqlite3.Connection, doc_id: str) -> Graph:
    g = Graph()
    row = conn.execute("select id, label from documents where id = ?", (doc_id,)).fetchone()
    if row is None:
        return g
    center = g.add("documents", row[0], row[1], 0)
    keys = [k for (k,) in conn.execute(_CITED_AS, (doc_id,))]
    _add_citers(conn, g, center, keys, -1, 2)
    for key, label, ingested in conn.execute(_CITED_BY_DOC, (doc_id,)).fetchall():
        node = g.add("documents", ingested, label, 1) if ingested else g.add("cited_documents", key, label, 1)
        g.link(center, node)
    return g


# --- drawing -------------------------------------------------------------------------------

_W, _H, _GAP_X, _GAP_Y = 230, 34, 70, 14


def _short(text: str, n: int = 34) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def render_svg(g: Graph, base_url: str) -> str:
    """SVG of the graph; each node links to its row page under ``base_url`` (/db)."""
    if len(g.nodes) <= 1:
        return ""
    columns = sorted({n.column for n in g.nodes.values()})
    placed: dict[tuple[str, str], tuple[float, float]] = {}
    tallest = max(sum(1 for n in g.nodes.values() if n.column == c) + (1 if g.hidden.get(c) else 0) for c in columns)
    height = tallest * (_H + _GAP_Y) + _GAP_Y
    width = len(columns) * (_W + _GAP_X) - _GAP_X + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Citation network" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" style="font: 12px sans-serif; max-width: 100%">',
        '<defs><marker id="plankb-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#888"/></marker></defs>',
    ]
    boxes = []
    for i, col in enumerate(columns):
        members = [k for k, n in g.nodes.items() if n.column == col]
        count = len(members) + (1 if g.hidden.get(col) else 0)
        top = (height - count * (_H + _GAP_Y) + _GAP_Y) / 2
        x = 10 + i * (_W + _GAP_X)
        for j, key in enumerate(members):
            node = g.nodes[key]
            y = top + j * (_H + _GAP_Y)
            placed[key] = (x, y)
            fill = "#fde68a" if col == 0 else ("#dbeafe" if node.table == "documents" else "#eeeeee")
            href = f"{base_url}/{node.table}/{_tilde(node.id)}"
            boxes.append(
                f'<a href="{escape(href)}"><rect x="{x}" y="{y}" width="{_W}" height="{_H}" rx="6" fill="{fill}" stroke="#666"/>'
                f"<title>{escape(node.label)}</title>"
                f'<text x="{x + 8}" y="{y + _H / 2 + 4}">{escape(_short(node.label))}</text></a>'
            )
        if g.hidden.get(col):
            y = top + len(members) * (_H + _GAP_Y)
            boxes.append(f'<text x="{x + 8}" y="{y + _H / 2}" fill="#666">+ {g.hidden[col]} more</text>')
    for a, b in sorted(g.edges):
        if a in placed and b in placed:
            (xa, ya), (xb, yb) = placed[a], placed[b]
            if xa < xb:
                x1, x2 = xa + _W, xb
            else:
                x1, x2 = xa, xb + _W
            parts.append(
                f'<line x1="{x1}" y1="{ya + _H / 2}" x2="{x2}" y2="{yb + _H / 2}" stroke="#888" marker-end="url(#plankb-arrow)"/>'
            )
    parts.extend(boxes)
    parts.append("</svg>")
    return "".join(parts)


def _tilde(value: str) -> str:
    """Datasette's tilde encoding of a primary key in a URL."""
    from datasette.utils import tilde_encode

    return tilde_encode(value)
