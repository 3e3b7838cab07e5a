"""A consolidated text (văn bản hợp nhất): its identity is in its closing block, not its header.

By the Ordinance on consolidating legal documents (01/2012/UBTVQH13), a consolidated text reprints
the type name and summary of the document it consolidates ("THÔNG TƯ / Hướng dẫn ..."), and the
consolidating body authenticates it at the end: its name, "Số: 6713/VBHN-BTP", the heading
"XÁC THỰC VĂN BẢN HỢP NHẤT", the place and date, the signature. The header component reads the
reprinted type; this one replaces the type, number, issuer, place and date with the closing
block's, and keeps the summary.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from plankb.extractors import dates
from plankb.extractors.fields import header as header_component
from plankb.extractors.fields.base import field_component
from plankb.extractors.layout import is_upper_line
from plankb.extractors.names import name_case
from plankb.extractors.patterns.grammar import PLACE_DATE
from plankb.extractors.symbols import find_symbols
from plankb.extractors.text import Text

# "XÁC THỰC VĂN BẢN HỢP NHẤT", OCR's "HỢP NHÁT" too; read on the folded text.
_AUTHENTICATION = re.compile(r"xác thực\s+văn bản\s+hợp\s+nh[aáấ]t")
_BLOCK = 900  # characters before the heading in which the block's number and body stand
_NUMBER_LINE = re.compile(r"(?m)^[ \t]*(?:Số|SỐ)\b[^\n]*")


@field_component(
    "plankb_consolidated",
    requires=("layout", "record.doc_type", "record.symbol", "record.issuer", "record.place", "record.date"),
    assigns=("record.doc_type", "record.symbol", "record.issuer", "record.place", "record.date", "record._symbol_span"),
)
def consolidated(doc: Doc) -> None:
    pt: Text = doc._.ptext
    heading = _AUTHENTICATION.search(pt.folded)
    if heading is None:
        return
    rec = doc._.record
    spans = rec.setdefault("spans", {})
    rec["doc_type"] = "VBHN"
    spans["doc_type"] = {"start": heading.start(), "end": heading.end()}
    lo = max(0, heading.start() - _BLOCK)
    numbers = list(_NUMBER_LINE.finditer(pt.text, lo, heading.start()))
    number_line = numbers[-1] if numbers else None
    own = [s for s in find_symbols(pt.text, number_line.start(), number_line.end()) if s.type_code == "VBHN"] if number_line else []
    symbol = own[0] if own else None
    rec["symbol"] = symbol.text if symbol else None  # a number the scan cannot show is null, not the reprinted one's
    rec["_symbol_span"] = (symbol.start, symbol.end) if symbol else None
    spans.pop("symbol", None)
    if symbol:
        spans["symbol"] = {"start": symbol.start, "end": symbol.end}
    issuer = _body_above(pt, number_line.start()) if number_line else None
    if issuer is not None:
        name, start, end = issuer
        code = symbol.issuers[-1] if symbol and symbol.issuers else None
        rec["issuer"] = header_component._issuer_record(name, None, code, "consolidation")
        spans["issuer"] = {"start": start, "end": end}
    rec["place"], rec["date"] = None, None
    spans.pop("place", None)
    spans.pop("date", None)
    line_start = pt.text.find("\n", heading.end()) + 1
    for _ in range(3):  # the place-and-date line follows the heading
        line_end = pt.text.find("\n", line_start)
        line_end = len(pt.text) if line_end < 0 else line_end
        m = PLACE_DATE.search(pt.text, line_start, line_end)
        if m:
            date = dates.FULL_DATE.search(pt.text, m.start(), line_end)
            rec["place"] = m.group("place").strip() if "place" in m.groupdict() and m.group("place") else None
            rec["date"] = dates.parse_full_date(date) if date else None
            if date:
                spans["date"] = {"start": date.start(), "end": date.end()}
            else:
                spans.pop("date", None)
            break
        line_start = line_end + 1


def _body_above(pt: Text, pos: int) -> tuple[str, int, int] | None:
    """The consolidating body: the capital lines right above its number ("NGÂN HÀNG NHÀ NƯỚC /
    VIỆT NAM", "BỘ TƯ PHÁP")."""
    end = pt.text.rfind("\n", 0, pos)
    lines: list[tuple[int, int]] = []
    while end > 0 and len(lines) < 3:
        start = pt.text.rfind("\n", 0, end) + 1
        line = pt.text[start:end].strip()
        if not line or not is_upper_line(line) or line.endswith((".", ";", ":")):
            break
        lines.insert(0, (start, end))
        end = start - 1
    if not lines:
        return None
    name = " ".join(pt.text[a:b].strip() for a, b in lines)
    return name_case(name), lines[0][0], lines[-1][1]
