"""Which citations name the same document: the canonical key of a cited document.

A symbol alone is not a document: "04-NQ/TU" exists in every province, and Central numbers
restart with each Party congress term. The rule (documented in kb/README.md):

1. Scope. A Central code (``/TW``, ``/TWĐTN-BTC``, ``NĐ-CP``, ``VPCP-CN``, ``QH15``, a ministry: the table in
   kb/central_codes.py) has the scope "TW". Any other
   code is local: its scope is the citing document's place (province, else locality; for district
   codes locality first), or unknown.
2. Within one symbol and scope, two dated citations name the same document when their congress
   terms ("khóa XI") agree, or when no term contradicts and they share the year (numbers are
   unique within a year) or the day and month (a mistyped year). Otherwise they are different
   documents. A date disagreement inside one document is then a conflict, not a new document.
3. An undated citation joins the document whose term matches, else the only one, else the most
   cited (ties: the latest). With no dated citation at all, the undated ones are one document.

The key is "symbol|scope|year" (year of the most cited date, empty when undated).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from plankb.kb.central_codes import is_central_symbol, issuer_codes
from plankb.kb.textfold import folded

_DISTRICT_CODE = re.compile(r"(?:HU|QU|TXU|ThU|ĐU)$")
_TERM = re.compile(r"khóa\s+([ivxlc]+)(?![\w])")
_CENTRAL_NAME = re.compile(r"(?<![\wđ])(?:trung ương|bộ chính trị|ban bí thư|chính phủ|quốc hội|thủ tướng)")
_LOCAL_NAME = re.compile(r"(?<![\wđ])(?:tỉnh|huyện|quận|thị xã|thành ủy|thị ủy|xã|phường|đảng ủy khối)(?![\wđ])")


def org_code(symbol: str) -> str:
    """The issuer code of a normalized symbol: "04-NQ/TU" -> "TU", "03/KH-TA" -> "TA", "70/2025/NĐ-CP" -> "CP",
    "2143/VPCP-CN" -> "VPCP" (kb/central_codes.py)."""
    codes = issuer_codes(symbol)
    return codes[0] if codes else ""


def is_central_code(symbol: str) -> bool:
    """Whether the symbol's issuer is a Central body (the table in kb/central_codes.py)."""
    return is_central_symbol(symbol)


def scope_of(symbol: str, province: str | None, locality: str | None) -> str:
    """ "TW" for Central codes; else the citing document's place, folded; "" when unknown."""
    if is_central_code(symbol):
        return "TW"
    place = (locality or province) if _DISTRICT_CODE.search(org_code(symbol)) else (province or locality)
    return folded(place) if place else ""


def term_of(issuer: str | None) -> str | None:
    """The congress term written after the issuer: "Ban Chấp hành Trung ương Đảng (Khóa XI)" -> "XI"."""
    m = _TERM.search(folded(issuer) or "")
    return m.group(1).upper() if m else None


def issuer_level(issuer: str | None) -> str | None:
    """'central', 'local' or None, from an issuer's name as written."""
    name = folded(issuer) or ""
    if _CENTRAL_NAME.search(name):
        return "central"
    if _LOCAL_NAME.search(name):
        return "local"
    return None


@dataclass
class Cite:
    id: int
    date: str | None
    term: str | None


@dataclass
class Cluster:
    cites: list[Cite] = field(default_factory=list)
    dates: Counter = field(default_factory=Counter)  # kept as cites are added: clusters grow to thousands
    terms: set[str] = field(default_factory=set)

    def add(self, cites: list[Cite]) -> None:
        for c in cites:
            self.cites.append(c)
            if c.date:
                self.dates[c.date] += 1
            if c.term:
                self.terms.add(c.term)

    @property
    def date(self) -> str | None:
        """The most cited date; ties go to the earliest."""
        counts = self.dates
        return min(counts, key=lambda d: (-counts[d], d)) if counts else None


def _same(a: Cluster, b: Cluster) -> bool:
    if a.terms and b.terms:
        return bool(a.terms & b.terms)
    return any(x[:4] == y[:4] or x[4:] == y[4:] for x in a.dates for y in b.dates)


def cluster(cites: list[Cite]) -> list[Cluster]:
    """Group the citations of one symbol in one scope into documents (rules 2 and 3 above)."""
    by_date: dict[str, list[Cite]] = defaultdict(list)
    undated: list[Cite] = []
    for c in cites:
        if c.date:
            by_date[c.date].append(c)
        else:
            undated.append(c)
    clusters: list[Cluster] = []
    for date in sorted(by_date):
        group = Cluster()
        group.add(by_date[date])
        for existing in clusters:  # merge into the first document it matches
            if _same(existing, group):
                existing.add(group.cites)
                break
        else:
            clusters.append(group)
    for c in undated:
        match = [k for k in clusters if c.term and c.term in k.terms] or clusters
        if not match:
            clusters.append(Cluster())
            match = clusters
        max(match, key=lambda k: (len(k.cites), k.date or "")).add([c])
    return clusters


def cited_key(symbol: str, scope: str, date: str | None) -> str:
    return f"{symbol}|{scope}|{date[:4] if date else ''}"
