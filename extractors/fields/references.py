"""References: every other document cited by number, with its date, issuer, subject and
relation (Căn cứ -> basis, Thực hiện -> implements). Found eyecite-style: first the symbols
(extractors.symbols), then each is extended left to its type name and right to its date,
"của ..." issuer and "về ..." subject. The document's own symbol is not a reference.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from plankb.extractors import dates
from plankb.extractors.fields.base import Spans, field_component
from plankb.extractors.names import body_end, starts_with_body
from plankb.extractors.patterns import grammar as G
from plankb.extractors.patterns.doc_types import CODE_OF_ABBREVIATION, CODE_OF_NAME, TYPE_CODES, TYPE_NAME_ALT
from plankb.extractors.patterns.grammar import ITEM_MARKER
from plankb.extractors.patterns.issuer_codes import ISSUER_CODES
from plankb.extractors.patterns.references import MAIN_CLAUSE_VERBS, RELATION_OPENERS
from plankb.extractors.regexes import alternation
from plankb.extractors.symbols import Symbol, find_symbols, is_acronym
from plankb.extractors.text import SENTENCE_REACH, Text, fold, squash

_CODE_OF = CODE_OF_NAME | CODE_OF_ABBREVIATION
_TYPE_ALT = alternation(_CODE_OF)  # a name or a short form: "nghị quyết", "nq"
# The type right before the symbol: "Nghị quyết số 25-NQ/TW", "Chỉ thị 05-CT/TW", "NQ 52-NQ/TW".
_TYPE_BEFORE = re.compile(rf"(?<![\wđ])(?P<type>{_TYPE_ALT})\s*(?:số\s*:?\s*)?$")
# A named law or decree: "Luật Đất đai số 31/2024/QH15", "Nghị định của Chính phủ số ...".
_NAMED_BEFORE = re.compile(r"(?<![\wđ])(?P<type>bộ luật|luật|pháp lệnh|nghị định|thông tư|quyết định|nghị quyết)\b[^;\n]{0,90}?\s+số\s*:?\s*$")
# The gap may hold escapes a page stored as text ("QĐ-TTg\\r\\nngày"); "ngy" is "ngày" with its vowel dropped.
_GAP = r"(?:\s|\\r|\\n)*"
# The date may stand in brackets: "Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị".
# A scan's specks read as a stop, hyphen or colon next to "ngày" ("23/2006/NĐ- CP- ngày 03/3/2006",
# "33/TTr-SLĐTBXH. ngày 16 tháng 4 năm 2020", "ngày.14 tháng 10", "ngày: 07/4/2009") are passed over.
_SPECK = rf"(?:[.\-:]{_GAP}(?=ng))?"
_DATE_AFTER = re.compile(
    rf"{_GAP}{_SPECK},?{_GAP}\(?{_GAP}(?:được\s+)?(?:ban hành\s+)?(?:ngày[.:]?|ngay|ngy)?\s*(?:{dates.LONG_DATE}|{dates.SHORT_DATE})", re.I
)
# A sentence that opens with the date of what it reports: "Ngày 27/6/2022, Ban Bí thư ... đã ban hành
# Kế hoạch số ...", "Ngày 16/6/2025, Quốc hội đã thông qua Luật ... số ...".
_DATE_OPENS = re.compile(rf"(?:^|\n|[.;:]\s)[ \t]*(?:[-+•][ \t]*)?Ngày\s+(?:{dates.LONG_DATE}|{dates.SHORT_DATE})\s*,?\s")
# "Ngày 19/9/2013, Văn phòng Chính phủ có văn bản số ..." issues it too.
_ISSUE_VERB = re.compile(r"\b(?:ban hành|thông qua|ký|phê duyệt|đã có|vừa có|có (?:văn bản|công văn|tờ trình|thông báo))\b")
# Form codes of an attached model ("theo mẫu số 01/BCĐBQH-MT"), and the document's own number
# standing on its line ("Số: 983/KH-UBND | Tây Ninh, ngày ..."): not cited documents.
_FORM_BEFORE = re.compile(r"(?<![\wđ])mẫu\s*(?:số\s*)?:?\s*$")
# A page that dropped its accented letters writes the label "S:".
_OWN_NUMBER_BEFORE = re.compile(r"(?:^|\n|\||\\r\\n)[ \t]*(?:Số[ \t]*:?|S[ \t]*:)[ \t]*$")
# A number with the issuer's code only, where the type name stands before it ("Tờ trình số 126/SKHĐT",
# "Công văn 285/CCTTHC", "Nghị quyết 06/TU"; before 1997 a decision wrote no type code: "Quyết định số 118/TTg").
_BARE = re.compile(rf"(?<![\wđĐ])(?P<type>(?i:{TYPE_NAME_ALT}))\s+(?:(?i:số)\s*:?\s*)?(?P<sym>(?P<num>\d{{1,5}})(?:/(?P<year>(?:19|20)\d{{2}}))?/(?P<org>[A-ZĐ][A-ZĐ]{{1,11}}|{alternation(c for c in ISSUER_CODES if not c.isupper())}))(?![\w/-])")
_ISSUER_AFTER = re.compile(r"\s*,?\s*của\s+")
_SUBJECT_AFTER = re.compile(r"\s*,?\s*(?:về\s+việc|về|v/v)\s+", re.I)
_ISSUER_STOP = re.compile(r"\s+về\s|\s+v/v\s|[;\n.]|,|\s+và\s|\s+đến\s|\s+tại\s|\s+nhằm\s|\s+để\s|\s+trong\s|\s+theo\s|\s+với\s|\((?!khóa)|\s+ngày\s+\d|\s+đã\s")
# The look-ahead lets the engine skip, at once, every position that cannot start a match.
_NEXT_CITATION = re.compile(rf"(?=[,;\s])(?:,|;|\s+và|\s+cùng|\s+hoặc)\s+(?:{_TYPE_ALT})\s+(?:số\s*)?\S*\d")
# (pattern, a word it cannot match without)
_SUBJECT_ENDS = [
    (re.compile(r";|\n|\.(?=\s|$)|\.\s*$"), None),
    (re.compile(r",\s+(?:ngày|nhằm|để|trong đó)\s"), ","),
    (re.compile(r"\s+đến\s+(?!năm|\d)"), "đến"),
]
_TYPE_REACH = 40  # the longest type name and "số:" fit in this many characters before a symbol


@field_component(
    "plankb_references",
    requires=('layout', 'record.symbol', 'record._symbol_span'),
    assigns=('record.references',),
)
def references(doc: Doc) -> None:
    layout = doc._.layout
    pt: Text = doc._.ptext
    rec = doc._.record
    own = rec.get("symbol")
    own_span = rec.get("_symbol_span")
    excluded = Spans(layout.excluded_spans())
    # The site's own matter above the copy (its list of related documents, its note on the copy's
    # status): what it names is never cited by the document, dated or not.
    site_matter = Spans([(line.start, line.end) for line in layout.related_lines])
    found = []
    symbols = find_symbols(pt.text)
    symbols = sorted(symbols + _bare_symbols(pt, symbols), key=lambda s: s.start)
    for sym in symbols:
        if (own_span and sym.start == own_span[0]) or sym.text == own or _own_with_year(sym.text, own):
            continue
        if sym.start in site_matter:
            continue
        if sym.start in excluded:
            # A recipients block that runs on into the footnotes still holds citations: one with its
            # type name before and its date after is kept ("Kết luận số 212-KL/TW ngày 18/11/2025").
            number_line = layout.number_line
            ref = _extend(pt, sym)
            if (number_line is None or not number_line.start <= sym.start < number_line.end) and ref["start"] < sym.start and ref["date"]:
                found.append(ref)
            continue
        if _FORM_BEFORE.search(pt.folded, max(0, sym.start - 20), sym.start) or _OWN_NUMBER_BEFORE.search(
            pt.text, max(0, sym.start - 20), sym.start
        ):
            continue
        if _cut_by_text_end(pt.text, sym):
            continue
        found.append(_extend(pt, sym))
    rec["references"] = _without_slipped_types(_without_cut_codes(_without_short_forms(_without_note_marks(found))))


# A copy cut by its length (a page's stored excerpt, a preview) may end inside a citation: "Xét Tờ
# trình số 234/TTr-UB" at the text's end is a number whose issuer's code is cut ("UB" of "UBND").
# A symbol that ends the text with a type or issuer code that is no code but the start of one is
# unknown (a unit's code after the issuer's, "UBND-KT", can be any letters: not judged).
_ALL_CODES = frozenset(ISSUER_CODES) | frozenset(TYPE_CODES)


def _cut_by_text_end(text: str, sym: Symbol) -> bool:
    if text[sym.end :].strip():
        return False
    last = re.split(r"[-/]", sym.text)[-1]
    if last not in (sym.type_code, sym.issuers[0] if sym.issuers else None):
        return False  # a unit's code after the body's ("UBND-KT") is any letters
    return bool(last) and last not in _ALL_CODES and any(c.startswith(last) and c != last for c in _ALL_CODES)


_YEAR_PART = re.compile(r"^(\d+[a-z]?)/(?:19|20)\d{2}/")


def _own_with_year(symbol: str, own: str | None) -> bool:
    """The document's own number with a year a portal's title put in ("Quyết định số
    1961/2019/QĐ-UBND" above "Số: 1961/QĐ-UBND"): the same number, type and issuer."""
    return bool(own) and "/" in own and _YEAR_PART.sub(r"\1/", symbol) == own and symbol != own


# A PDF's text layer glues a footnote's number to the word before it ("Nghị quyết số 66-NQ/TW1",
# "Nghị định số 09/2026/NĐ-CP4"): a symbol that is another cited one with digits added after its
# last letters is that citation again, its note mark read as part of it ("QH15" stays: no "QH" cited).
_NOTE_MARK = re.compile(r"(?<=[A-ZĐa-zđ])\d{1,2}$")


def _without_note_marks(found: list[dict]) -> list[dict]:
    symbols = {r["symbol"] for r in found}
    return [r for r in found if not ((m := _NOTE_MARK.search(r["symbol"])) and r["symbol"][: m.start()] in symbols)]


# A number with its issuer's code only ("118/TTg") and the same number with a type code before that
# code ("118/QĐ-TTg") in one document: one decision, cited once in the old form and once in the new.
_SHORT_FORM = re.compile(r"^(\d+(?:/\d{4})?)/([^/-]+)$")
_TYPED_FORM = re.compile(r"^(\d+(?:/\d{4})?)/[^/-]+-([^/-]+)$")


def _without_short_forms(found: list[dict]) -> list[dict]:
    typed = {(m[1], m[2]) for r in found if (m := _TYPED_FORM.match(r["symbol"]))}
    return [r for r in found if not ((m := _SHORT_FORM.match(r["symbol"])) and (m[1], m[2]) in typed)]


def _without_cut_codes(found: list[dict]) -> list[dict]:
    """A symbol cut inside its last code, where a page or a scan ends the line ("Quyết định số
    2629/QĐ-T" at a text's end, "95-CTr/T" with the rest unread), that is the start of another cited
    symbol ("2629/QĐ-TTg"): that citation again, not another document."""
    symbols = {r["symbol"] for r in found}
    return [
        r for r in found
        if not any(len(s) > len(r["symbol"]) and s.startswith(r["symbol"]) and s[len(r["symbol"])].isalpha() for s in symbols)
    ]


# A citation whose type name and type code disagree ("Chỉ thị số 49-NQ/TW" in a text that cites
# "Chỉ thị số 49-CT/TW"): when the symbol with the named type's code, the same number and issuer, is
# cited in the same text, the code is a slip and the citation that document again.
_NAMED_TYPE = re.compile(r"\s*(" + TYPE_NAME_ALT + r")\s+số(?![\wđ])")
_PARTY_TYPE = re.compile(r"^(\d+[a-z]?)-[^/-]+(/.+)$")
_STATE_TYPE = re.compile(r"^(\d+[a-z]?(?:/\d{4})?)/[^/-]+(-.+)$")


def _with_type(symbol: str, code: str) -> str | None:
    m = _PARTY_TYPE.match(symbol)
    if m:
        return f"{m[1]}-{code}{m[2]}"
    m = _STATE_TYPE.match(symbol)
    return f"{m[1]}/{code}{m[2]}" if m else None


def _without_slipped_types(found: list[dict]) -> list[dict]:
    symbols = {r["symbol"] for r in found}
    kept = []
    for r in found:
        named = _NAMED_TYPE.match(fold(r.get("text") or ""))
        code = CODE_OF_NAME.get(named[1]) if named else None
        if code and r.get("doc_type") != code and _with_type(r["symbol"], code) in symbols - {r["symbol"]}:
            continue
        kept.append(r)
    return kept


def _bare_symbols(pt: Text, symbols: list) -> list:
    """Numbers with only the issuer's code ("Tờ trình số 126/SKHĐT"), read where the type name
    stands before them; the code must be an abbreviation (no vowel) or a known body."""
    taken = {s.start for s in symbols}
    out = []
    for m in _BARE.finditer(pt.text):
        start = m.start("sym")
        sym_text = pt.text[start : m.end("sym")]
        org = pt.text[m.start("org") : m.end("org")]
        if start in taken or org.lower() in _CODE_OF or not (is_acronym(org) or org in ISSUER_CODES):
            continue
        code = _CODE_OF.get(fold(" ".join(m.group("type").split())))
        out.append(Symbol(sym_text, code, "state", start, m.end("sym"), m["num"], m["year"], None, (org,)))
    return out


def _extend(pt: Text, sym) -> dict:
    text, folded = pt.text, pt.folded
    window_start = max(0, sym.start - 110)
    before = folded[window_start : sym.start]
    start, doc_type = sym.start, sym.doc_type
    m = _TYPE_BEFORE.search(before, max(0, len(before) - _TYPE_REACH)) or _NAMED_BEFORE.search(before)
    if m:
        start = window_start + m.start()
        doc_type = _CODE_OF.get(" ".join(m.group("type").split()), doc_type) if sym.style != "party" else doc_type
        if sym.style == "party" or doc_type is None:
            doc_type = sym.doc_type or _CODE_OF.get(m.group("type"))
    end = sym.end
    date = issuer = subject = None
    dstart = _past_marks(text, end, sym.text)
    dm = _DATE_AFTER.match(text, dstart, min(len(text), dstart + 60))
    if dm:
        date, end = dates.parse_full_date(dm), _past_bracket(text, dm)
    elif om := _OCR_DATE_AFTER.match(text, dstart, min(len(text), dstart + 60)):
        date, end = _ocr_date(om), om.end()
    im = _ISSUER_AFTER.match(folded, end, min(len(text), end + 20))
    if im:
        istart = im.end()
        stop = _ISSUER_STOP.search(folded, istart, min(len(text), istart + 140))
        iend = stop.start() if stop else min(len(text), istart + 140)
        iend = body_end(folded, istart, iend, text)  # "của Ban Dân vận Tỉnh ủy phát động ...": the verb is not the issuer
        iend = _before_unopened_bracket(text, istart, iend)  # "(... của Ban Bí thư Trung ương Đảng)"
        issuer = squash(text[istart:iend]).strip(" ,;:") or None
        if issuer:
            end = iend
        if date is None:  # "Chỉ thị 05-CT/TW của Bộ Chính trị ngày 15/5/2016"
            dm = _DATE_AFTER.match(text, end, min(len(text), end + 60))
            if dm:
                date, end = dates.parse_full_date(dm), _past_bracket(text, dm)
    if date is None and issuer is None:  # a citation closed by its own issuer is not one of a pair
        date = _shared_date(text, folded, sym, end)
    if date is None:
        date = _date_opening(text, folded, start)
    sm = _SUBJECT_AFTER.match(folded, end, min(len(text), end + 20))
    if sm:
        sstart = sm.end()
        send = _before_unopened_bracket(text, sstart, _subject_end(text, folded, sstart))
        subject = squash(text[sstart:send]).strip(" ,;:") or None
        if subject:
            end = send
    return {
        "symbol": sym.text,
        "doc_type": doc_type,
        "date": date,
        "issuer": issuer,
        "subject": subject,
        "relation": _relation(folded, start),
        "text": squash(text[start:end]),
        "start": start,
        "end": end,
    }


# Two documents of one issuer cited together, the date written once after the second: "Quyết định
# số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị", "Tờ trình số 388/TTr-CP
# và Đề án số 389/ĐA-CP ngày 09 tháng 5 năm 2025": the date is both's.
_AND_NEXT = re.compile(rf"\s+và\s+(?:{_TYPE_ALT})\s+(?:số\s*:?\s*)?(?=\d)")


def _shared_date(text: str, folded: str, sym, end: int) -> str | None:
    m = _AND_NEXT.match(folded, end, min(len(folded), end + 40))
    if m is None or sym.style == "law" or not sym.issuers:
        return None
    nxt = next(iter(find_symbols(text, m.end(), min(len(text), m.end() + 60))), None)
    if nxt is None or nxt.start != m.end() or nxt.style == "law" or nxt.issuers[-1:] != sym.issuers[-1:]:
        return None
    dm = _DATE_AFTER.match(text, nxt.end, min(len(text), nxt.end + 60))
    return dates.parse_full_date(dm) if dm else None


# An OCR pass reads the ones and noughts of a day or month as letters ("ngày 30 tháng t1 năm 2022",
# "tháng I1]", "tháng lÌ", "tháng 0L", "tháng L2", "ngày J7", "ngày ÖI"): read back in the written-out
# date after a symbol, when the digits they stand for make a date.
_OCR_DIGIT = rf"[0-9{G.ONES_IN_DATE}{G.NOUGHTS_IN_DATE}]"
_OCR_DATE_AFTER = re.compile(
    rf"{_GAP}{_SPECK},?{_GAP}ngày[.:]?\s*(?P<d>{_OCR_DIGIT}{{1,2}})\s*tháng\s*(?P<m>{_OCR_DIGIT}{{1,2}})\]?\s*năm\s*(?P<y>(?:19|20)\d{{2}})(?!\d)"
)


def _ocr_date(m: re.Match[str]) -> str | None:
    def digits(token: str) -> str:
        return G.read_ones(token, G.ONES_IN_DATE, G.NOUGHTS_IN_DATE)

    return dates.iso_date(m["y"], digits(m["m"]), digits(m["d"]))


# What a web page or an export leaves between a symbol and its date: the rest of a Markdown link
# ("[30/2020/NĐ-CP](https://...) ngày"), a footnote's mark ("[3]", "(1)", "³"), an HTML space ("&nbsp;").
_MARKS = re.compile(r"(?:[ \t]*(?:\]\([^)\s]{1,300}\)|\[\d{1,3}\]|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|&nbsp;?))+")


def _past_marks(text: str, end: int, symbol: str | None = None) -> int:
    m = _MARKS.match(text, end)
    end = m.end() if m else end
    if symbol:
        # The symbol's code typed a second time, bare, before the date ("Nghị quyết số 37-NQ/TW NQ/TW
        # ngày 24/12/2018": the number was pasted before a code already typed): passed over.
        tail = _NUMBER_PART.sub("", symbol)
        if tail != symbol and re.match(rf"[ \t]+{re.escape(tail)}(?![\w/-])", text[end : end + len(tail) + 4]):
            end = text.index(tail, end) + len(tail)
    return end


_NUMBER_PART = re.compile(r"^\d+[a-z]?(?:/(?:19|20)\d{2})?[-/]")


def _past_bracket(text: str, dm: re.Match[str]) -> int:
    """The end of a citation's date, past the ")" closing a bracketed date ("(ngày 22/12/2024)")."""
    end = dm.end()
    if "(" in dm.group(0) and text.startswith(")", end):
        return end + 1
    return end


# Another document's number and code ("27-CTr/TU", "12/KH-UBND") between a sentence's opening date and a citation.
_SYMBOL_BETWEEN = re.compile(r"\d\s*[-–/]\s*[A-ZĐ][A-Za-zĐđ]*\s*[/-]")


# The same report after a comma, its date then its actor: "Để mở rộng thí điểm, ngày 16/8/2018 Bộ
# Lao động - Thương binh và Xã hội đã có Công văn số ...".
_DATE_CLAUSE = re.compile(rf",[ \t]+ngày\s+(?:{dates.LONG_DATE}|{dates.SHORT_DATE})\s*,?\s")


def _opens_clause(text: str, m: re.Match[str]) -> bool:
    """Whether a comma's date opens the clause that reports the issue: a body's name follows it, and
    no cited number ends right before the comma (then the date is that citation's)."""
    return starts_with_body(text[m.end() : m.end() + 60]) and not re.search(r"\d\s*[/-]\s*[A-ZĐ][\w&-]*\s*$", text[max(0, m.start() - 40) : m.start()])


def _date_opening(text: str, folded: str, start: int) -> str | None:
    """The date a sentence opens with, when it reports the issue of the cited document: "Ngày
    28 tháng 10 năm 2025, Chủ tịch ... đã ban hành Công văn số ...". Nothing else dated or cited
    may stand between."""
    window_start = max(0, start - 220)
    last = None
    for m in _DATE_OPENS.finditer(text, window_start, start):
        last = m
    for m in _DATE_CLAUSE.finditer(text, window_start, start):
        if (last is None or m.start() > last.start()) and _opens_clause(text, m):
            last = m
    if last is None:
        return None
    between = folded[last.end() : start]
    if "\n\n" in between or re.search(r"[.;]\s|\d/\d|\d\s*tháng", between) or not _ISSUE_VERB.search(between):
        return None
    if _SYMBOL_BETWEEN.search(text, last.end(), start):
        return None  # "Ngày 23/8, X ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW": the date is the first one's
    return dates.parse_full_date(last)


def _before_unopened_bracket(text: str, start: int, end: int) -> int:
    """The end of text[start:end] before a ")" it never opened: the citation stood in brackets."""
    piece = text[start:end].rstrip()
    while piece.endswith(")") and piece.count(")") > piece.count("("):
        piece = piece[:-1].rstrip()
    return start + len(piece)


_COMMA = re.compile(r",\s+")


def _subject_end(text: str, folded: str, start: int) -> int:
    limit = min(len(text), start + 400)
    if text[start : start + 1] in "“\"«":
        close = re.search(r"[”\"»]", text[start + 1 : limit])
        if close:
            return start + 1 + close.end()
    ends = [limit]
    for pattern, word in _SUBJECT_ENDS:
        if word is None or word in folded[start:limit]:  # a substring test spares most regex searches
            m = pattern.search(folded, start, limit)
            if m:
                ends.append(m.start())
    # "Xét Tờ trình số ... về ... (Dự án), Thủ tướng Chính phủ đã yêu cầu ...": the sentence's own
    # subject and verb after a comma end the cited document's subject.
    for comma in _COMMA.finditer(text, start, min(ends)):
        pos = comma.end()
        if text[pos : pos + 1].isupper() and starts_with_body(text[pos : pos + 40]):
            bend = body_end(folded, pos, min(len(text), pos + 120), text)
            if folded.startswith(MAIN_CLAUSE_VERBS, bend):
                ends.append(comma.start())
                break
    # The subject ends where the next citation begins; one starting after the other ends cannot matter.
    m = _NEXT_CITATION.search(folded, start, min(limit, min(ends) + 40))
    if m:
        ends.append(m.start())
    return min(ends)


_ITEM_MARKER = re.compile(rf"^\s*{ITEM_MARKER}\s*", re.I)  # on folded text: "ii.", "2.1."


def _relation(folded: str, start: int) -> str:
    """From how the sentence holding the citation opens: "Căn cứ" -> basis, "Thực hiện" -> implements."""
    line_start = max(folded.rfind("\n", 0, start) + 1, start - SENTENCE_REACH)
    sentence_start = max(line_start, folded.rfind(". ", line_start, start) + 2 if folded.rfind(". ", line_start, start) >= 0 else line_start)
    head = folded[sentence_start:start]
    head = _ITEM_MARKER.sub("", head)
    for opener, relation in RELATION_OPENERS:
        if head.startswith(opener):
            return relation
    return "cites"
