"""The page "what a document set in motion": the tree of kb/tree.py as a picture (inline SVG drawn
here, no script, no network access) and as what the page says around it.

The picture reads left to right: the cited document, then the documents citing it (tier 1), the
documents citing those (tier 2), and so on; each document one box (its number, title, date and
issuer), coloured by its issuer's level (Trung ương, tỉnh, huyện, xã), joined to the document it
implements. Each box links to the document's page. Past ``MAX_BOXES`` the rest is in the list
under the picture ("+ N more" leads there).
"""

from __future__ import annotations

from collections import Counter
from html import escape

from markupsafe import Markup

from plankb.kb import labels
from plankb.kb.network import FONT, cut, flow_legend, show_date, text_width, tilde, wrap
from plankb.kb.tree import walk

MAX_BOXES = 100  # boxes in the picture; the list under it has every document

LEVELS = ("central", "province", "district", "commune", None)  # None: the level is not known
FILL = {"root": "#fde68a", "central": "#fecaca", "province": "#dbeafe", "district": "#dcfce7", "commune": "#ede9fe",
        None: "#f3f4f6"}  # fmt: skip

WORDS = {
    "vi": {
        "aria": "Cây văn bản triển khai",
        "root": "văn bản được dẫn",
        "level": {
            "central": "cấp Trung ương",
            "province": "cấp tỉnh",
            "district": "cấp huyện",
            "commune": "cấp xã",
            None: "chưa rõ cấp",
        },  # fmt: skip
        "link": "văn bản bên phải dẫn, thực hiện văn bản bên trái",
        "head0": "Văn bản được dẫn",
        "head1": "Tầng 1: dẫn trực tiếp",
        "head": "Tầng {n}",
        "no_number": "(không số)",
        "no_issuer": "không rõ cơ quan ban hành",
        "no_date": "không rõ ngày",
        "more": "+ {n} văn bản khác: xem danh sách dưới hình",
    },
    "en": {
        "aria": "Tree of implementing documents",
        "root": "the cited document",
        "level": {
            "central": "Central",
            "province": "province",
            "district": "district",
            "commune": "commune",
            None: "level unknown",
        },  # fmt: skip
        "link": "the document on the right cites, implements the one on the left",
        "head0": "Cited document",
        "head1": "Tier 1: citing it directly",
        "head": "Tier {n}",
        "no_number": "(no number)",
        "no_issuer": "issuer unknown",
        "no_date": "date unknown",
        "more": "+ {n} more: see the list under the picture",
    },
}

_W, _GAP_X, _GAP_Y, _PAD = 260, 40, 10, 8
_LINE = FONT + 3
_LABEL_LINES = 2  # then a line for the issuer, one for the date
_H = _PAD + (_LABEL_LINES + 2) * _LINE + 2
_TEXT = _W - 2 * _PAD
_HEAD_H = 22


def root_of(found: dict, base_url: str) -> dict:
    """The cited document the tree grows from: the one most cited under the symbol (a symbol
    may name several, e.g. local codes of several provinces), linked to its page."""
    cited = found["cited"][0] if found["cited"] else {}
    if cited.get("ingested"):
        href = f"{base_url}/documents/{tilde(cited['ingested'])}"
    elif cited.get("cited_document"):
        href = f"{base_url}/cited_documents/{tilde(cited['cited_document'])}"
    else:
        href = None
    return {"symbol": found["symbol"], "title": cited.get("subject"), "date": cited.get("date"),
            "issuer": cited.get("issuer"), "href": href}  # fmt: skip


def render_tree_svg(found: dict, base_url: str, lang: str = "vi", list_anchor: str = "#plankb-tree-list") -> str:
    """SVG of ``found`` (kb.tree.implementation_tree); empty when nothing cites the symbol."""
    if not found["children"]:
        return ""
    words = WORDS.get(lang, WORDS["en"])
    base_url = str(base_url)  # (Datasette's URLs are a str whose every method call costs a dir())
    shown = list(walk(found["children"]))[:MAX_BOXES]
    kept = {id(n) for n in shown}
    rows: dict[int, int] = {}  # node -> row: a first child on its parent's row, each other below

    def lay(nodes: list[dict], row: int) -> int:
        last = row
        for i, node in enumerate(n for n in nodes if id(n) in kept):
            rows[id(node)] = row if i == 0 else last + 1
            last = max(rows[id(node)], lay(node["children"], rows[id(node)]))
        return last

    last_row = lay(found["children"], 0)
    hidden = found["documents"] - len(shown)
    depth = max(n["depth"] for n in shown)
    width = (depth + 1) * (_W + _GAP_X) - _GAP_X + 20
    legend, legend_h = _legend(words, width)
    top0 = legend_h + _HEAD_H
    n_rows = last_row + 1 + (1 if hidden else 0)
    height = top0 + n_rows * (_H + _GAP_Y) + _GAP_Y

    def x_of(d: int) -> float:
        return 10 + d * (_W + _GAP_X)

    def y_of(row: int) -> float:
        return top0 + row * (_H + _GAP_Y)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="plankb-tree-graph" role="img" aria-label="{escape(words["aria"])}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" style="font: {FONT}px sans-serif; max-width: none">',
        "<style>svg.plankb-tree-graph a { text-decoration: none } svg.plankb-tree-graph a.plankb-more "
        "{ text-decoration: underline }</style>",
        legend,
    ]
    for d in range(depth + 1):
        head = words["head0"] if d == 0 else words["head1"] if d == 1 else words["head"].format(n=d)
        parts.append(f'<text class="plankb-column" x="{x_of(d)}" y="{top0 - 6}" font-weight="bold">{escape(head)}</text>')
    root = root_of(found, base_url)
    boxes = [_box(root, x_of(0), y_of(0), FILL["root"], words, lang, words["root"])]
    lines = []
    by_document = {n["document"]: n for n in shown}
    for node in shown:
        x, y = x_of(node["depth"]), y_of(rows[id(node)])
        parent_row = rows[id(by_document[node["parent"]])] if node["parent"] else 0
        x1, y1, y2 = x - _GAP_X, y_of(parent_row) + _H / 2, y + _H / 2
        xm = x1 + _GAP_X / 2
        lines.append(f'<path d="M{x1},{y1} H{xm} V{y2} H{x}" fill="none" stroke="#888"/>')
        item = {**node, "href": f"{base_url}/documents/{tilde(node['document'])}"}
        level = words["level"].get(node["issuer_level"], words["level"][None])
        boxes.append(_box(item, x, y, FILL.get(node["issuer_level"], FILL[None]), words, lang, level))
    if hidden:
        text = escape(words["more"].format(n=hidden))
        boxes.append(f'<a class="plankb-more" href="{escape(list_anchor)}"><text class="plankb-more" x="{x_of(1) + _PAD}" '
                     f'y="{y_of(last_row + 1) + _H / 2}" fill="#1d4ed8">{text}</text></a>')  # fmt: skip
    parts.extend(lines)
    parts.extend(boxes)
    parts.append("</svg>")
    return "".join(parts)


def _box(item: dict, x: float, y: float, fill: str, words: dict, lang: str, kind: str) -> str:
    """A document's box: number and title on two lines, its issuer, its date; the whole in its tooltip."""
    label = " — ".join(v for v in (item.get("symbol"), item.get("title")) if v) or words["no_number"]
    date = show_date(item.get("date"), lang) or words["no_date"]
    tip = " — ".join(v for v in (label, item.get("issuer"), kind, date) if v)
    wrapped = wrap(label, _LABEL_LINES, _TEXT)
    text = "".join(
        f'<tspan x="{x + _PAD}" y="{y + _PAD + FONT + k * _LINE}">{escape(line)}</tspan>' for k, line in enumerate(wrapped)
    )
    below = y + _PAD + FONT + _LABEL_LINES * _LINE
    issuer = (f'<text class="plankb-issuer" x="{x + _PAD}" y="{below}" fill="#444">{escape(cut(item["issuer"], _TEXT, "…"))}</text>'
              if item.get("issuer") else "")  # fmt: skip
    box = (
        f'<rect x="{x}" y="{y}" width="{_W}" height="{_H}" rx="6" fill="{fill}" stroke="#666"/><title>{escape(tip)}</title>'
        f'<text class="plankb-label">{text}</text>{issuer}'
        f'<text class="plankb-date" x="{x + _PAD}" y="{below + _LINE}" fill="#444">{escape(date)}</text>'
    )
    return f'<a href="{escape(item["href"])}">{box}</a>' if item.get("href") else f"<g>{box}</g>"


def _legend(words: dict, width: float) -> tuple[str, float]:
    """The colours (the cited document, each issuer level) and what a line means, in as many rows
    as ``width`` needs. Returns the SVG and the height it takes."""
    items = [(FILL["root"], words["root"])] + [(FILL[level], words["level"][level]) for level in LEVELS]
    drawn = [(24 + text_width(text), lambda x, y, fill=fill, text=text: f'<rect x="{x}" y="{y - 10}" width="18" height="12" '
              f'rx="3" fill="{fill}" stroke="#666"/><text x="{x + 24}" y="{y}">{escape(text)}</text>') for fill, text in items]  # fmt: skip
    drawn.append((36 + text_width(words["link"]), lambda x, y: f'<path d="M{x},{y - 9} H{x + 14} V{y - 1} H{x + 30}" fill="none" '
                  f'stroke="#888"/><text x="{x + 36}" y="{y}">{escape(words["link"])}</text>'))  # fmt: skip
    return flow_legend(drawn, width)


# --- what the page says around the picture ---------------------------------------------------


def page_context(found: dict, base_url: str, lang: str = "vi") -> dict:
    """The page's answer: how many documents, by level and tier, and the tree as a list where
    each document links to its page (dates as the reader writes them, codes as words), as HTML."""
    words = WORDS.get(lang, WORDS["en"])
    base_url = str(base_url)  # (Datasette's URLs are a str whose every method call costs a dir())
    nodes = list(walk(found["children"]))
    by_level = Counter(n["issuer_level"] if n["issuer_level"] in LEVELS else None for n in nodes)
    depth = max((n["depth"] for n in nodes), default=0)
    tiers = []
    for d in range(1, depth + 1):
        counts = Counter(n["issuer_level"] if n["issuer_level"] in LEVELS else None for n in nodes if n["depth"] == d)
        tiers.append({"depth": d, "total": sum(counts.values()), "counts": [counts.get(level, 0) for level in LEVELS]})

    def item(node: dict) -> str:
        # (built here, not by a recursive template: 500 documents render in a few milliseconds)
        relation = node["relation"]
        relation = (labels.value_label("relation", relation) if lang == "vi" else relation) or relation or ""
        level = words["level"].get(node["issuer_level"], words["level"][None])
        title = f" — {escape(node['title'])}" if node["title"] else ""
        meta = " · ".join(x for x in (show_date(node["date"], lang) or words["no_date"],
                                      f"{node['issuer'] or words['no_issuer']} ({level})", relation) if x)  # fmt: skip
        children = f"<ul>{''.join(item(c) for c in node['children'])}</ul>" if node["children"] else ""
        return (f'<li><a href="{escape(base_url)}/documents/{escape(tilde(node["document"]))}">'
                f"{escape(node['symbol'] or words['no_number'])}</a>{title} "
                f'<span class="plankb-tree-meta">· {escape(meta)}</span>{children}</li>')  # fmt: skip

    root = root_of(found, base_url)
    root["date"] = show_date(root["date"], lang)
    return {
        "root": root,
        "documents": found["documents"],
        "truncated": found["truncated"],
        "depth": depth,
        "levels": [(words["level"][level], by_level[level]) for level in LEVELS if by_level.get(level)],
        "level_names": [words["level"][level] for level in LEVELS],
        "tiers": tiers,
        "list": Markup(f'<ul class="plankb-tree">{"".join(item(n) for n in found["children"])}</ul>'),
    }
