"""The citation network around a document, drawn as inline SVG (no script, no network access).

Columns from left to right: the documents citing the citers, the citers, the document itself,
and (for an ingested document) what it cites. Arrows point from the citing to the cited. Each box
holds the document's number and title (wrapped, shortened to fit, in full in its tooltip) and its
date; a legend says what boxes, colours and arrows mean; "+ N more" links to the full list.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlencode

MAX_PER_COLUMN = 12

_DOC = "d.id, d.symbol, d.title, d.issuer, d.date"
# The first citers of a cited document by date (a column shows no more), then the documents of
# those few: 25-NQ/TW may have tens of thousands. Through the citations' index by symbol, in date
# order ("+cited_id": not its own index, which would read every citation to sort them); by
# cited_id for a document cited without a number.
_FIRST_CITERS = f"""
select {_DOC} from documents d where d.id in (
  select c.document_id from citations c where c.symbol = :symbol and c.first_mention = 1 and +c.cited_id = :key
  order by c.citing_date, c.document_id limit {MAX_PER_COLUMN})
order by d.date, d.id"""
_FIRST_CITERS_BY_KEY = f"""
select {_DOC} from documents d where d.id in (
  select c.document_id from citations c where c.cited_id = :key and c.first_mention = 1
  order by c.citing_date, c.document_id limit {MAX_PER_COLUMN})
order by d.date, d.id"""
# How many cite them: counted at ingest, else counted here.
_N_CITERS = """
select coalesce(n_documents, (select count(distinct document_id) from citations where cited_id = :key and first_mention = 1)),
  symbol from cited_documents where key = :key"""
_CITED_AS = "select key from cited_documents where documents_id = ?"
_CITED_BY_DOC = """
select distinct cd.key, cd.symbol, cd.subject, cd.issuer, cd.date, cd.label, cd.documents_id
from citations c join cited_documents cd on cd.key = c.cited_id
where c.document_id = ? order by cd.symbol"""


@dataclass
class Node:
    id: str
    label: str
    table: str  # "documents" or "cited_documents": where the node links to
    column: int
    date: str | None = None
    tip: str = ""  # the full text, shown as the box's tooltip


@dataclass
class Graph:
    nodes: dict[tuple[str, str], Node] = field(default_factory=dict)
    edges: set[tuple[tuple[str, str], tuple[str, str]]] = field(default_factory=set)
    hidden: dict[int, int] = field(default_factory=dict)  # column -> nodes left out
    more: dict[int, str] = field(default_factory=dict)  # column -> the full list, relative to the database
    cited: dict[int, list[str]] = field(default_factory=dict)  # column -> the cited keys its documents cite

    def add(self, table: str, id: str, label: str, column: int, date: str | None = None, tip: str = "") -> tuple[str, str] | None:
        key = (table, id)
        if key in self.nodes:
            return key
        if sum(1 for n in self.nodes.values() if n.column == column) >= MAX_PER_COLUMN:
            self.hidden[column] = self.hidden.get(column, 0) + 1
            return None
        self.nodes[key] = Node(id, label or "", table, column, date, tip or label or "")
        return key

    def link(self, a: tuple[str, str] | None, b: tuple[str, str] | None) -> None:
        if a and b and a != b:
            self.edges.add((a, b))


# A label made of a file's name (or path) says nothing to a reader and shows where files are kept.
_FILE_NAME = re.compile(r"[/\\]|\.(?:txt|pdf|docx?|html?|rtf|odt)$", re.I)


def _name(symbol: str | None, title: str | None, fallback: str | None = None) -> str:
    """What a box says: number and title; the title alone without a number; never a file."""
    named = " — ".join(x for x in (symbol, title) if x)
    if named:
        return named
    return fallback if fallback and not _FILE_NAME.search(fallback) else ""


def _doc_node(g: Graph, row: tuple, column: int) -> tuple[str, str] | None:
    doc_id, symbol, title, issuer, date = row
    label = _name(symbol, title, issuer)
    tip = " — ".join(x for x in (label, issuer if issuer != label else None) if x)
    return g.add("documents", doc_id, label, column, date, tip)


def _citers(conn: sqlite3.Connection, cited_keys: list[str]) -> tuple[list[tuple], int]:
    """The first documents citing any of ``cited_keys`` (by date), and how many cite them in all
    (a document citing two of the keys counts twice: rare, and only in the "+ N more")."""
    out: dict[str, tuple] = {}
    total = 0
    for key in cited_keys:
        n, symbol = conn.execute(_N_CITERS, {"key": key}).fetchone() or (0, None)
        total += n or 0
        for row in conn.execute(_FIRST_CITERS if symbol else _FIRST_CITERS_BY_KEY, {"key": key, "symbol": symbol}):
            out.setdefault(row[0], row)
    rows = sorted(out.values(), key=lambda r: (r[4] or "", r[0]))
    return rows, max(total, len(rows))


def _add_citers(conn, g: Graph, target, cited_keys: list[str], column: int, depth: int) -> None:
    """Documents citing any of ``cited_keys`` go in ``column``; their own citers one further left."""
    g.cited.setdefault(column, []).extend(k for k in cited_keys if k not in g.cited.get(column, ()))
    rows, total = _citers(conn, cited_keys)
    if total > len(rows):  # those not even read
        g.hidden[column] = g.hidden.get(column, 0) + total - len(rows)
    for row in rows:
        node = _doc_node(g, row, column)
        g.link(node, target)
        if depth > 1 and node:
            keys = [k for (k,) in conn.execute(_CITED_AS, (row[0],))]
            _add_citers(conn, g, node, keys, column - 1, depth - 1)


def _link_the_rest(conn, g: Graph) -> None:
    """For each column cut short, the page listing all its documents."""
    for column in g.hidden:
        if column not in g.more and g.cited.get(column):
            g.more[column] = _list_of_citers(conn, g.cited[column])


def _list_of_citers(conn, cited_keys: list[str]) -> str:
    """The page listing every document citing ``cited_keys``: the `cites` question for one symbol,
    else the citations table filtered on those keys."""
    symbols = {s for (s,) in conn.execute(
        f"select distinct symbol from cited_documents where key in ({','.join('?' * len(cited_keys))})", cited_keys)}
    if len(symbols) == 1 and None not in symbols:
        return "cites?" + urlencode({"symbol": symbols.pop()})
    if len(cited_keys) == 1:
        return "citations?" + urlencode({"cited_id": cited_keys[0]})
    return "citations?" + urlencode({"cited_id__in": ",".join(cited_keys)})


def network_of_cited(conn: sqlite3.Connection, key: str) -> Graph:
    g = Graph()
    row = conn.execute("select key, symbol, subject, issuer, date, label from cited_documents where key = ?", (key,)).fetchone()
    if row is None:
        return g
    center = g.add("cited_documents", row[0], _name(row[1], row[2], row[5]) or row[0], 0, row[4])
    _add_citers(conn, g, center, [key], -1, 2)
    _link_the_rest(conn, g)
    return g


def network_of_document(conn: sqlite3.Connection, doc_id: str) -> Graph:
    g = Graph()
    row = conn.execute(f"select {_DOC} from documents d where d.id = ?", (doc_id,)).fetchone()
    if row is None:
        return g
    center = _doc_node(g, row, 0)
    keys = [k for (k,) in conn.execute(_CITED_AS, (doc_id,))]
    _add_citers(conn, g, center, keys, -1, 2)
    symbol = row[1]  # what it cites: the `cited_by` question by its symbol, else its citations
    g.more[1] = "cited_by?" + urlencode({"symbol": symbol}) if symbol else "citations?" + urlencode({"document_id": doc_id})
    for key, cited_symbol, subject, issuer, date, label, ingested in conn.execute(_CITED_BY_DOC, (doc_id,)).fetchall():
        name = _name(cited_symbol, subject, label) or key
        tip = " — ".join(x for x in (name, issuer) if x)
        if ingested:
            node = g.add("documents", ingested, name, 1, date, tip)
        else:
            node = g.add("cited_documents", key, name, 1, date, tip)
        g.link(center, node)
    _link_the_rest(conn, g)
    return g


# --- drawing -------------------------------------------------------------------------------

FONT = 12  # px, the labels' size
_W, _GAP_X, _GAP_Y, _PAD = 250, 60, 12, 8
LINES = 2  # lines of label in a box, then a line for the date
_LINE = FONT + 3
_H = _PAD + LINES * _LINE + _LINE + 2
TEXT_WIDTH = _W - 2 * _PAD  # what a line of label may take

# Widths in em, at least as wide as DejaVu Sans (what Debian's browsers draw sans-serif with) and
# Arial: a line measured with them never runs out of its box.
_NARROW = set("iljIftr.,:;'!|()[]{} /-‐–")
_WIDE = set("mwMWÆŒ—…%@")


@functools.lru_cache(maxsize=4096)  # a page measures thousands of characters of a few dozen kinds
def char_width(ch: str) -> float:
    if ch in _NARROW:
        return 0.42
    if ch in _WIDE:
        return 1.02
    if ch.isupper() or ch.isdigit():
        return 0.8
    return 0.66


@functools.lru_cache(maxsize=8192)  # a picture of 500 boxes measures the same words and issuers again and again
def text_width(text: str, size: float = FONT) -> float:
    return sum(map(char_width, text)) * size


_SLACK = 1e-6  # widths summed word by word differ from the whole line's sum in the last bits


def wrap(text: str, lines: int = LINES, width: float = TEXT_WIDTH) -> list[str]:
    """``text`` in at most ``lines`` lines that each fit ``width``, broken between words; the last
    line ends in "…" when text is left over."""
    out: list[str] = []
    words = text.split()
    space = text_width(" ")
    while words and len(out) < lines:
        line, used = "", 0.0
        while words:
            grown = used + (space if line else 0.0) + text_width(words[0])
            if grown > width - _SLACK:
                break
            line, used = (f"{line} {words[0]}" if line else words[0]), grown
            words.pop(0)
        if not line:  # one word longer than the line: cut it
            line = cut(words[0], width)
            words[0] = words[0][len(line):]
            if not words[0]:
                words.pop(0)
        out.append(line)
    if words:  # the last line ends in "…", at a word's end when one fits
        kept = out[-1].split(" ")
        while len(kept) > 1 and text_width(" ".join(kept) + " …") > width:
            kept.pop()
        out[-1] = cut(" ".join(kept) + " …", width, "…")
    return out


def cut(text: str, width: float, ellipsis: str = "") -> str:
    """The longest start of ``text`` that fits ``width`` with ``ellipsis`` after it."""
    if text_width(text) <= width:
        return text
    room = width - text_width(ellipsis) - _SLACK
    n, used = 0, 0.0
    for ch in text:
        used += char_width(ch) * FONT
        if used > room:
            break
        n += 1
    return text[:n].rstrip(" —-,") + ellipsis


WORDS = {
    "vi": {
        "aria": "Mạng trích dẫn",
        "more": "+ {n} văn bản khác",
        "center": "văn bản đang xem",
        "ingested": "văn bản có trong kho",
        "cited": "văn bản chỉ biết qua trích dẫn",
        "arrow": "dẫn đến (căn cứ, thực hiện, trích dẫn)",
        "citers": "Văn bản dẫn các văn bản dẫn",
        "direct": "Văn bản dẫn",
        "self": "Văn bản này",
        "cites": "Văn bản này dẫn",
        "no_date": "không rõ ngày",
        "unnamed": "(văn bản không số, không trích yếu)",
        "tree": "Đã được triển khai thế nào? →",
    },
    "en": {
        "aria": "Citation network",
        "more": "+ {n} more",
        "center": "this document",
        "ingested": "document in the base",
        "cited": "document known only from citations",
        "arrow": "cites (basis, implements, cites)",
        "citers": "Citing the citers",
        "direct": "Citing",
        "self": "This document",
        "cites": "What it cites",
        "no_date": "date unknown",
        "unnamed": "(no number, no title)",
        "tree": "What it set in motion →",
    },
}

FILL = {"center": "#fde68a", "documents": "#dbeafe", "cited_documents": "#eeeeee"}
_LEGEND_ROW = 20
_HEAD_H = 22


def show_date(date: str | None, lang: str) -> str:
    """A date as the reader writes it: 24/3/2015 in Vietnamese, ISO in English; "2015" alone for a year."""
    if not date:
        return ""
    if lang != "vi":
        return date
    parts = date.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[2])}/{int(parts[1])}/{parts[0]}"
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{int(parts[1])}/{parts[0]}"
    return date


def render_svg(g: Graph, base_url: str, lang: str = "vi", tree_url: str | None = None) -> str:
    """SVG of the graph; each node links to its row page under ``base_url`` (/db). With
    ``tree_url``, a link under the document itself to the tree of what it set in motion."""
    if len(g.nodes) <= 1:
        return ""
    words = WORDS.get(lang, WORDS["en"])
    columns = sorted({n.column for n in g.nodes.values()})
    placed: dict[tuple[str, str], tuple[float, float]] = {}
    tallest = max(sum(1 for n in g.nodes.values() if n.column == c) + (1 if g.hidden.get(c) else 0) for c in columns)
    width = len(columns) * (_W + _GAP_X) - _GAP_X + 20
    legend, legend_h = _legend(words, width)
    top0 = legend_h + _HEAD_H
    height = top0 + tallest * (_H + _GAP_Y) + _GAP_Y + (24 if tree_url else 0)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="plankb-graph" role="img" aria-label="{words["aria"]}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" style="font: {FONT}px sans-serif; max-width: none">',
        # Datasette underlines links: in the picture only "+ N more" and the tree's link are.
        "<style>svg.plankb-graph a { text-decoration: none } svg.plankb-graph a.plankb-more, "
        "svg.plankb-graph a.plankb-tree-link { text-decoration: underline }</style>",
        '<defs><marker id="plankb-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#888"/></marker></defs>',
        legend,
    ]
    heads = {-2: "citers", -1: "direct", 0: "self", 1: "cites"}
    boxes = []
    for i, col in enumerate(columns):
        members = [k for k, n in g.nodes.items() if n.column == col]
        count = len(members) + (1 if g.hidden.get(col) else 0)
        top = top0 + (height - top0 - count * (_H + _GAP_Y) + _GAP_Y) / 2
        x = 10 + i * (_W + _GAP_X)
        if col in heads:
            parts.append(f'<text class="plankb-column" x="{x}" y="{top0 - 6}" font-weight="bold">{escape(words[heads[col]])}</text>')
        for j, key in enumerate(members):
            node = g.nodes[key]
            y = top + j * (_H + _GAP_Y)
            placed[key] = (x, y)
            boxes.append(_box(node, x, y, col == 0, base_url, words, lang))
            if col == 0 and tree_url:
                boxes.append(f'<a class="plankb-tree-link" href="{escape(tree_url)}"><text x="{x + _PAD}" y="{y + _H + 16}" '
                             f'fill="#1d4ed8">{escape(words["tree"])}</text></a>')  # fmt: skip
        if g.hidden.get(col):
            y = top + len(members) * (_H + _GAP_Y)
            label = escape(words["more"].format(n=g.hidden[col]))
            target = g.more.get(col)
            more = f'<text class="plankb-more" x="{x + _PAD}" y="{y + _H / 2}" fill="#1d4ed8">{label}</text>'
            boxes.append(f'<a class="plankb-more" href="{escape(base_url + "/" + target)}">{more}</a>' if target else more)
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


def _box(node: Node, x: float, y: float, center: bool, base_url: str, words: dict, lang: str) -> str:
    fill = FILL["center"] if center else FILL[node.table]
    href = f"{base_url}/{node.table}/{tilde(node.id)}"
    date = show_date(node.date, lang)
    label = node.label or words["unnamed"]
    tip = " — ".join(x for x in (node.tip or label, date) if x)
    wrapped = wrap(label)
    lines = "".join(
        f'<tspan x="{x + _PAD}" y="{y + _PAD + FONT + k * _LINE}">{escape(line)}</tspan>' for k, line in enumerate(wrapped)
    )
    return (
        f'<a href="{escape(href)}"><rect x="{x}" y="{y}" width="{_W}" height="{_H}" rx="6" fill="{fill}" stroke="#666"/>'
        f"<title>{escape(tip)}</title>"
        f'<text class="plankb-label">{lines}</text>'
        f'<text class="plankb-date" x="{x + _PAD}" y="{y + _PAD + FONT + len(wrapped) * _LINE}" fill="#555">'
        f'{escape(date or words["no_date"])}</text></a>'
    )


def _legend(words: dict, width: float) -> tuple[str, float]:
    """Three swatches and an arrow along the top, in as many rows as ``width`` needs: what
    colours and arrows mean. Returns the SVG and the height it takes."""
    items = []
    for kind, key in (("center", "center"), ("documents", "ingested"), ("cited_documents", "cited")):
        items.append((24 + text_width(words[key]),
                      lambda x, y, kind=kind, key=key: f'<rect x="{x}" y="{y - 10}" width="18" height="12" rx="3" '
                      f'fill="{FILL[kind]}" stroke="#666"/><text x="{x + 24}" y="{y}">{escape(words[key])}</text>'))
    items.append((36 + text_width(words["arrow"]),
                  lambda x, y: f'<line x1="{x}" y1="{y - 4}" x2="{x + 30}" y2="{y - 4}" stroke="#888" '
                  f'marker-end="url(#plankb-arrow)"/><text x="{x + 36}" y="{y}">{escape(words["arrow"])}</text>'))
    return flow_legend(items, width)


def flow_legend(items: list, width: float) -> tuple[str, float]:
    """Legend entries ((width, draw(x, y)) pairs) laid out left to right, wrapped to ``width``:
    the SVG group and the height it takes."""
    out = ['<g class="plankb-legend">']
    x, y = 10.0, 18.0
    for w, draw in items:
        if x > 10 and x + w > width - 10:
            x, y = 10.0, y + _LEGEND_ROW
        out.append(draw(x, y))
        x += w + 18
    out.append("</g>")
    return "".join(out), y + 12


_TILDE_SAFE = re.compile(r"[A-Za-z0-9_-]*")  # what Datasette's tilde encoding leaves as it is


def tilde(value: str) -> str:
    """Datasette's tilde encoding of a primary key in a URL (a document's id, a hash in hex, as it
    is: Datasette's own encodes byte by byte, a page of 500 documents' links took milliseconds)."""
    if _TILDE_SAFE.fullmatch(value):
        return value
    from datasette.utils import tilde_encode

    return tilde_encode(value)
