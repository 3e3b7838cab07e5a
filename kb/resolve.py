"""Citations -> cited documents, their links to ingested documents, and the conflicts between them.

Run for the symbols a batch touched (cited or issued by a document written or removed): all
citations of such a symbol are regrouped (kb/citekeys.py), so the result does not depend on the
order in which documents arrived.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from plankb.kb.central_codes import is_local_code
from plankb.kb.citekeys import Cite, Cluster, cited_key, cluster, is_central_code, issuer_level, org_code, scope_of
from plankb.kb.places import province_in
from plankb.kb.textfold import folded


@dataclass
class _Row:
    id: int
    date: str | None
    term: str | None
    scope: str
    issuer: str | None
    subject: str | None
    doc_type: str | None
    document_id: str
    label: str


def resolve_symbols(conn: sqlite3.Connection, symbols: set[str]) -> None:
    for symbol in sorted(s for s in symbols if s):
        resolve_symbol(conn, symbol)


def resolve_symbol(conn: sqlite3.Connection, symbol: str) -> None:
    found = [
        _Row(*r)
        for r in conn.execute(
            "SELECT c.id, c.date, c.term, c.scope, c.issuer, c.subject, c.doc_type, c.document_id, d.label"
            " FROM citations c JOIN documents d ON d.id = c.document_id WHERE c.symbol = ? ORDER BY c.id",
            (symbol,),
        )
    ]
    conn.execute("DELETE FROM conflicts WHERE symbol = ?", (symbol,))
    conn.execute("UPDATE citations SET cited_id = NULL WHERE symbol = ? AND cited_id IS NOT NULL", (symbol,))
    conn.execute("DELETE FROM cited_documents WHERE symbol = ?", (symbol,))
    by_id = {r.id: r for r in found}
    by_scope: dict[str, list[Cite]] = defaultdict(list)
    for r in found:
        by_scope[r.scope or ""].append(Cite(r.id, r.date, r.term))
    issued = conn.execute("SELECT id, date, province, locality, label FROM documents WHERE symbol = ?", (symbol,)).fetchall()
    keys: set[str] = set()
    for scope, cites in sorted(by_scope.items()):
        for group in cluster(cites):
            members = [by_id[c.id] for c in group.cites]
            key = cited_key(symbol, scope, group.date)
            n = 2
            while key in keys:  # two documents in one year (different terms): keep both
                key, n = f"{cited_key(symbol, scope, group.date)}#{n}", n + 1
            keys.add(key)
            linked = _linked_document(symbol, scope, group, issued)
            _write_cited(conn, key, symbol, scope, group, members, linked)
            conn.executemany("UPDATE citations SET cited_id = ? WHERE id = ?", [(key, c.id) for c in group.cites])
            for kind, detail, evidence in _conflicts(symbol, group, members, linked):
                conn.execute(
                    "INSERT INTO conflicts (cited_id, symbol, kind, detail, evidence) VALUES (?, ?, ?, ?, ?)",
                    (key, symbol, kind, detail, json.dumps(evidence, ensure_ascii=False)),
                )


def _most(values) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _write_cited(conn, key, symbol, scope, group: Cluster, members: list[_Row], linked) -> None:
    date = group.date
    conn.execute(
        "INSERT INTO cited_documents (key, label, symbol, doc_type, scope, date, dates, year, issuer, subject, term,"
        " n_citations, n_documents, documents_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key,
            f"{symbol} ({date})" if date else symbol,
            symbol,
            _most(m.doc_type for m in members),
            scope or None,
            date,
            json.dumps(sorted(group.dates)),
            int(date[:4]) if date else None,
            _most(m.issuer for m in members),
            _most(m.subject for m in members),
            _most(m.term for m in members),
            len(members),
            len({m.document_id for m in members}),
            linked[0] if linked else None,
        ),
    )


def _linked_document(symbol: str, scope: str, group: Cluster, issued: list[tuple]):
    """The ingested document this cluster names: same symbol, same place, a compatible date."""
    dates = set(group.dates)
    best = None
    for doc in issued:
        doc_id, date, province, locality, _label = doc
        if not is_central_code(symbol) and scope and scope_of(symbol, province, locality) not in (scope, ""):
            continue
        if date and dates and date not in dates and all(date[:4] != d[:4] for d in dates):
            continue
        exact = bool(date and date in dates)
        if best is None or (exact and not best[0]):
            best = (exact, doc)
    return best[1] if best else None


_NOISE = re.compile(r"[^\w\s]|\bkhóa\s+[ivxlc]+\b")


def _issuer_form(issuer: str) -> str:
    return " ".join(_NOISE.sub(" ", folded(issuer) or "").split())


def _conflicts(symbol: str, group: Cluster, members: list[_Row], linked) -> list[tuple[str, str, list]]:
    out = []
    by_date: dict[str, list[_Row]] = defaultdict(list)
    for m in members:
        if m.date:
            by_date[m.date].append(m)
    own_date = linked[1] if linked else None
    if len(by_date) > 1 or (own_date and by_date and own_date not in by_date):
        evidence = [{"value": d, **_evidence(rows)} for d, rows in sorted(by_date.items())]
        detail = "; ".join(f"ngày {d} trong {_labels(rows)}" for d, rows in sorted(by_date.items()))
        if own_date and own_date not in by_date:
            evidence.append({"value": own_date, "documents": [{"id": linked[0], "label": linked[4], "own": True}], "count": 1})
            detail += f"; chính văn bản đó ghi ngày {own_date}"
        out.append(("date", f"{symbol} được dẫn với {len(evidence)} ngày khác nhau: {detail}", evidence))
    # A code read as neither Central nor a known local one ("UBTVOQHI5", OCR) says nothing of a level.
    expected = "central" if is_central_code(symbol) else ("local" if is_local_code(org_code(symbol)) else None)
    wrong = [m for m in members if expected and issuer_level(m.issuer) not in (None, expected)]
    if wrong:
        names = sorted({m.issuer for m in wrong})
        detail = f"{symbol} có số hiệu của cơ quan {'Trung ương' if expected == 'central' else 'địa phương'} nhưng được ghi là của {', '.join(names)}"
        out.append(
            ("issuer_level", detail, [{"value": n, **_evidence([m for m in wrong if m.issuer == n])} for n in names])
        )
    forms: dict[str, list[_Row]] = defaultdict(list)
    for m in members:
        if m.issuer:
            forms[_issuer_form(m.issuer)].append(m)
    # One name inside another is the same issuer said shorter ("Ban Bí thư" / "Ban Bí thư Trung ương Đảng");
    # two spellings a letter or two apart are one issuer read twice (OCR: "thời lỳ" / "thời kỳ").
    groups: list[list[str]] = []
    for f in sorted(forms, key=len):
        home = next((g for g in groups if any(same_issuer(f, x) for x in g)), None)
        if home is None:
            groups.append([f])
        else:
            home.append(f)
    if len(groups) > 1:
        evidence = [{"value": forms[g[0]][0].issuer, **_evidence([m for f in g for m in forms[f]])} for g in groups]
        detail = f"{symbol} được ghi là của các cơ quan khác nhau: " + "; ".join(e["value"] for e in evidence)
        out.append(("issuer", detail, evidence))
    return out


OCR_SIMILARITY = 0.9  # normalized Levenshtein similarity of two spellings of one name
OCR_MIN_LENGTH = 12  # shorter names differ by a letter or two and are other bodies ("Bộ Y tế")


def same_issuer(a: str, b: str) -> bool:
    """Two issuer forms (``_issuer_form``) that name one issuer: one inside the other, or the same
    long name with a letter or two misread, unless they name different provinces or numbers."""
    if a in b or b in a:
        return True
    if min(len(a), len(b)) < OCR_MIN_LENGTH or Levenshtein.normalized_similarity(a, b) < OCR_SIMILARITY:
        return False
    # "Ủy ban nhân dân tỉnh Hà Nam" / "... Hà Nội", "Tỉnh ủy" / "Thành ủy" are names a letter or two
    # apart that name other bodies: a place, a level or a kind of body differs, not a misread letter
    if province_in(a) != province_in(b) or (set(a.split()) ^ set(b.split())) & BODY_WORDS:
        return False
    return re.findall(r"\d+", a) == re.findall(r"\d+", b) or _ocr_digits(a, b)


# Words that make one body another: levels, places' kinds, kinds of bodies (folded).
BODY_WORDS = frozenset(
    """tỉnh thành huyện quận xã phường thị trấn khối trung ương bộ sở ban ủy phòng cục vụ viện tổng hội đoàn
    đảng chính phủ quốc thường chấp hành mặt trận liên hiệp nhân dân""".split()
)


def _ocr_digits(a: str, b: str) -> bool:
    # OCR reads letters as digits ("quy" -> "41y"): a number in one form only, where the other has letters
    return bool(re.findall(r"\d+", a)) != bool(re.findall(r"\d+", b))


def _docs(rows: list[_Row]) -> list[dict]:
    seen: dict[str, str] = {}
    for r in rows:
        seen.setdefault(r.document_id, r.label)
    return [{"id": k, "label": v} for k, v in seen.items()]


# A resolution cited by thousands of plans would make a conflict row of megabytes: the evidence
# keeps the first documents and the count; the citations table has them all.
EVIDENCE_DOCUMENTS = 20
DETAIL_LABELS = 3


def _evidence(rows: list[_Row]) -> dict:
    docs = _docs(rows)
    return {"documents": docs[:EVIDENCE_DOCUMENTS], "count": len(docs)}


def _labels(rows: list[_Row]) -> str:
    docs = _docs(rows)
    shown = ", ".join(d["label"] for d in docs[:DETAIL_LABELS])
    return shown if len(docs) <= DETAIL_LABELS else f"{shown} và {len(docs) - DETAIL_LABELS:,} văn bản khác"
