"""Header fields: doc_type, symbol, issuer, place, date, title (the trích yếu)."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz
from spacy.tokens import Doc

from plankb.extractors import dates
from plankb.extractors.fields.base import field_component, warn
from plankb.extractors.layout import Layout, Line, date_specks_blanked, is_signature_title, is_upper_line, spans_a_term
from plankb.extractors.names import ACRONYMS, SCHOOL_LEVELS, body_end, clean_body, name_case, starts_with_body
from plankb.extractors.patterns import layout_markers as M
from plankb.extractors.patterns.doc_types import BY_CODE, LETTER_OPENING, NOTICE_CLAUSE, SUBMISSION_WORDS, TYPE_NAME_ALT
from plankb.extractors.patterns.grammar import AUTHORITY_LINE, PLACE_DATE
from plankb.extractors.patterns.identity import ADOPTION_CLAUSE, BODY_TERM, CONGRESS_TITLE
from plankb.extractors.patterns.issuer_codes import CENTRAL_BODY_OF_CODE
from plankb.extractors.patterns.places import PROVINCES
from plankb.extractors.regexes import alternation
from plankb.extractors.syllables import is_syllable
from plankb.extractors.symbols import BLANK_NUMBER, Symbol, find_symbols, letter_unit
from plankb.extractors.text import Text, fold, squash, strip_accents

_ANNEX_OWN = re.compile(rf"kèm theo\s+(?P<type>{TYPE_NAME_ALT})\s+(?:số\s*:?\s*)?")
_ISSUING_CLAUSE = re.compile(
    rf"(?<![\wđ])(?:xây dựng và ban hành|ban hành|xây dựng|đề ra|triển khai|thống nhất ban hành)\s+(?P<type>{TYPE_NAME_ALT})(?![\wđ])"
)
# Weaker: the body that speaks in the preamble ("..., Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy ...").
_SPEAKING_CLAUSE = re.compile(r"(?<![\wđ])(?:yêu cầu|đề nghị|hướng dẫn|thông báo|chỉ thị|quyết định|kết luận)(?![\wđ])")
_CLAUSE_LEAD = re.compile(r"^(?:nay|vì vậy|do đó|theo đó|đồng thời|vậy)\s*,?\s*", re.I)
_COMMITTEES = ("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy")  # highest level first


@field_component(
    "plankb_header",
    requires=('layout',),
    assigns=('record.symbol', 'record.doc_type', 'record.title', 'record.place', 'record.date', 'record.issuer', 'record.spans', 'record._symbol_span'),
)
def header(doc: Doc) -> None:
    layout: Layout = doc._.layout
    pt: Text = doc._.ptext
    rec = doc._.record
    spans = rec.setdefault("spans", {})

    symbol = _own_symbol(doc, layout, pt, spans)
    rec["symbol"] = symbol.text if symbol else None
    rec["_symbol_span"] = (symbol.start, symbol.end) if symbol else None

    code = layout.type_code
    if code is None and symbol is not None and symbol.doc_type in BY_CODE:
        code = symbol.doc_type
    if code is None and layout.title_lines and re.match(r"\s*[“\"(]?\s*(?:V/v|Về việc)", layout.title_lines[0].text, re.I):
        code = "CV"
    rec["doc_type"] = code

    rec["title"] = _title(layout, spans, pt.text if rec.get("_ocr") else "", pt.text)
    rec["place"], rec["date"] = _place_date(doc, layout, pt, spans)
    if rec["date"] is None and layout.place_date_line is None:
        rec["date"] = _date_alone(layout, spans)
    if rec["date"] is None and symbol is not None and (symbol.start >= layout.body_end or symbol.end <= layout.header_end):
        # "Kèm theo Kế hoạch số 47-KH/BCĐ, ngày 12/01/2023": the annex dates its own plan; with no
        # place-and-date line, "Số: 318/TB-UBND ngày 02/12/2025" in the header dates the document.
        m = dates.FULL_DATE.search(pt.text, symbol.end, symbol.end + 40)
        if m and re.fullmatch(r"[\s,]*(?:ngày\s*)?", pt.text[symbol.end : m.start()], re.I):
            rec["date"] = dates.parse_full_date(m)
            spans["date"] = {"start": m.start(), "end": m.end()}
    if rec["date"] is None:
        rec["date"] = _adoption_date(pt.text, spans)
    if symbol is not None and symbol.year and rec["date"] and rec["date"][:4] != symbol.year:
        # a number carries the year it was issued in ("75/2025/UBTVQH15"): one of the two is misread
        warn(doc, "date-not-in-symbol-year", f"the date of issue {rec['date']} is not in the year its number carries ({symbol.text})")
    rec["issuer"] = _issuer(doc, layout, pt, symbol, spans, rec["place"])
    if code is None and symbol is None and layout.type_line is None and rec["issuer"] is not None:
        rec["doc_type"] = _notice_by_its_clause(layout, pt) or _letter_by_its_salutation(pt)
        if rec["doc_type"] == "TB" and not rec.get("title"):
            rec["title"] = _title_of_page(pt, "TB", spans)
    if rec["issuer"] is None and code == "NQ" and rec["title"]:
        rec["issuer"] = congress_of_title(rec["title"], pt.text, spans)


def congress_of_title(title: str, text: str, spans: dict) -> dict | None:
    """The congress a resolution's title names ("Đại hội đại biểu Đảng bộ tỉnh X lần thứ XI"), as its
    issuer, where the text writes it in the title's place (patterns.identity.CONGRESS_TITLE)."""
    m = CONGRESS_TITLE.match(title)
    span = spans.get("title")
    if m is None or span is None:
        return None
    at = text.find(m["name"], span["start"], span["end"] + 1)
    if at < 0:
        return None  # not written so in the text (spaces, a line break): no span to point back to
    spans["issuer"] = {"start": at, "end": at + len(m["name"])}
    return _issuer_record(m["name"], None, None, "title")


_DAY_WORD = re.compile(r"(?:ngày\s*)?")
# The header's date line whose place a seal or a fax's streak wiped ("ngày 18 tháng 8 năm 2021",
# "23 tháng 9 năm 2024" under the motto), specks around it: the date in the long form, alone.
_DATE_ALONE = re.compile(rf"[^\w\s]*\s*(?P<date>{dates.LONG_DATE})[^\w]*", re.I)


def _date_alone(layout: Layout, spans: dict) -> str | None:
    """A date standing alone on a line above the type name: in the header (Decree 30/2020/NĐ-CP,
    Guidance 36-HD/VPTW) that is the date of issue; the place is unknown."""
    if layout.type_line is None:
        return None
    for line in layout.lines:
        if line.start >= layout.type_line.start:
            break
        m = _DATE_ALONE.fullmatch(line.stripped)
        if m is not None:
            date = dates.parse_full_date(m)
            if date:
                at = line.start + line.text.index(line.stripped)
                spans["date"] = {"start": at + m.start("date"), "end": at + m.end("date")}
            return date
    return None


def _adoption_date(text: str, spans: dict) -> str | None:
    """The date an act states it was adopted on ("Nghị quyết này được ... thông qua ngày 26 tháng 3
    năm 2025", patterns.identity.ADOPTION_CLAUSE), the last such statement of the text."""
    found = None
    for clause in ADOPTION_CLAUSE.finditer(text):
        at = _DAY_WORD.match(text, clause.end()).end()  # "ngày 09/12/2024": the short form after its "ngày"
        m = dates.FULL_DATE.match(text, clause.end()) or dates.FULL_DATE.match(text, at)
        if m:
            found = m
    if found is None:
        return None
    date = dates.parse_full_date(found)
    if date:
        spans["date"] = {"start": found.start(), "end": found.end()}
    return date


# The administrative units' words as a name writes them out (the table's "tp." left aside).
_UNITS = "(?:" + alternation(u for u in M.ADMIN_UNITS if not u.endswith(".")) + ")"
# A unit's line whose place is numbered ("PHƯỜNG HÀ GIANG 1", "PHƯỜNG 1", "CHI BỘ THÔN 3"): the only digits a body's line holds.
_NUMBERED_PLACE = re.compile(rf"(?:^|\s)(?:{_UNITS}|{alternation(M.RESIDENTIAL_UNITS)})(?:\s+[^\W\d_]+)*\s+\d{{1,2}}$")
# "Số: 1281/" and the body's code after it, the pieces of the two forms below.
_NUMBER_SLASH = r"(?:Số|SỐ|số)\s*:?\s*(?P<symbol>(?P<number>\d{1,5})\s*/\s*"
_BODY_CODE = r"(?P<code>[A-ZĐ][A-ZĐ&]{1,11}))(?![\w/&-])"
_LETTER_NUMBER = re.compile(_NUMBER_SLASH + _BODY_CODE)
# A State symbol whose type slot is empty: "Số: 1281/-UBND" (number, "/", "-", the body's code).
_LOST_TYPE_CODE = re.compile(_NUMBER_SLASH + r"-\s*" + _BODY_CODE)


# A scan's or a fax's specks on the number line, never part of a symbol (Decree 30/2020/NĐ-CP: "Số: 12/QĐ-UBND";
# Guidance 36-HD/VPTW: "Số 12-NQ/TU"): an underscore or a backquote glued to the code ("QĐ-UBND_",
# "NQ-CP_`"), a colon for the hyphen between two codes ("QĐ:UBND", "NQ:-CP"), a hyphen for the space
# after "Số" ("Số-168-HD/BTGTW"). Read as blanks or as the hyphen, the same length (offsets kept).
_NUMBER_SPECKS = re.compile(r"[_`]|(?<=[A-ZĐ])\s*:(?=-?[A-ZĐ])|(?<=^Số)-(?=\d)|(?<=\sSố)-(?=\d)|(?<=^SỐ)-(?=\d)")


def _number_specks_blanked(s: str) -> str:
    def blank(m: re.Match[str]) -> str:
        hyphen = m[0].endswith(":") and s[m.end() : m.end() + 1] != "-"
        return " " * (len(m[0]) - 1) + "-" if hyphen else " " * len(m[0])

    return _NUMBER_SPECKS.sub(blank, s)


def _own_symbol(doc: Doc, layout: Layout, pt: Text, spans: dict):
    line = layout.number_line
    if line is not None:
        blanked = _number_specks_blanked(line.text)
        found = find_symbols(pt.text[: line.start] + blanked + pt.text[line.end :], line.start, line.end) if blanked != line.text else []
        found = found or find_symbols(pt.text, line.start, line.end)
        if found and re.search(r"\d[ \u00a0]+$", pt.text[line.start : found[0].start]):
            # "Số: 4 9/2025/TT-BQP": a number written by hand and read in pieces; "9" would be a guess.
            warn(doc, "symbol-doubtful", f"the document's number is not readable: {squash(line.text)!r}")
            return None
        if found:
            spans["symbol"] = {"start": found[0].start, "end": found[0].end}
            return found[0]
        letter = _LETTER_NUMBER.search(pt.text, line.start, line.end)
        if letter is not None and letter["code"] not in BY_CODE:  # "Số: 21/KH" is a type without a body
            # "Số: 21/SYT": a letter numbered with its body's code alone (Decree 30, Annex I).
            spans["symbol"] = {"start": letter.start("symbol"), "end": letter.end("symbol")}
            codes = letter_unit(letter["code"]) or (letter["code"],)  # "2150/SNVCCVC": the unit's hyphen lost
            return Symbol(f"{letter['number']}/{'-'.join(codes)}", "CV", "state", letter.start("symbol"),
                          letter.end("symbol"), number=letter["number"], issuers=codes)
        lost = _LOST_TYPE_CODE.search(pt.text, line.start, line.end)
        if lost is not None and layout.type_code in BY_CODE and layout.type_code != "CV":
            # "Số: 1281/-UBND" under "QUYẾT ĐỊNH": the export lost the type's letters between "/" and
            # "-"; Decree 30/2020/NĐ-CP puts the type's code there, and the type name says which.
            code = layout.type_code
            spans["symbol"] = {"start": lost.start("symbol"), "end": lost.end("symbol")}
            return Symbol(f"{lost['number']}/{code}-{lost['code']}", code, "state", lost.start("symbol"),
                          lost.end("symbol"), number=lost["number"], type_code=code, issuers=(lost["code"],))
        if BLANK_NUMBER.search(line.text):
            warn(doc, "blank-number", "the document's number is left blank")
            return None
    for hl in layout.header_lines:  # a symbol standing alone in the header
        found = find_symbols(pt.text, hl.start, hl.end)
        if found and len(found[0].text) >= len(hl.stripped) - 4:
            layout.header_lines.remove(hl)
            spans["symbol"] = {"start": found[0].start, "end": found[0].end}
            return found[0]
    # The annex may be the only place the number stands: "Kèm theo Kế hoạch số 47-KH/BCĐ".
    if layout.type_code not in BY_CODE:
        return None  # "kèm theo Công văn số ..." in a document of unknown type may name its cover letter
    own_names = {fold(n) for n in BY_CODE[layout.type_code].names}
    for m in _ANNEX_OWN.finditer(pt.folded):
        if m.group("type") not in own_names:
            continue
        found = find_symbols(pt.text, m.end(), min(len(pt.text), m.end() + 40))
        if found and found[0].start == m.end():
            spans["symbol"] = {"start": found[0].start, "end": found[0].end}
            return found[0]
    return None


# A stop after a word of two letters or more in a summary in capitals, before the next word in capitals
# or at its end; not an abbreviation's ("TP. HỒ CHÍ MINH").
_CAPITALS_STOP = re.compile(r"(?<=[^\W\d_]{2})(?<!\bTP)\.(?=\s+[^\W\d_])|(?<=\w)\.$")
_LEAD_SPECKS = re.compile(r"^(?:[^\w“\"(]+|[^\W\d_](?=\s+[^\w\s“\"(]))+\s*")
_TAIL_SPECKS = re.compile(r"(?:\s+[a-zà-ỹ]{1,3}\.{2,}|\s+[^\w\s)”\".]+)+$")


def _before_heading(title: str) -> str:
    """A title in small letters cut before two or more words in capitals that are syllables, not
    acronyms ("... với địa phương CHÍNH PHỦ Căn cứ ...": the heading under it, run on)."""
    words = title.split(" ")
    for i in range(1, len(words) - 1):
        pair = words[i : i + 2]
        capitals = all(w.isupper() and w.isalpha() and len(w) > 1 and is_syllable(w) for w in pair)
        if capitals and not words[i - 1].isupper() and sum(1 for w in words[:i] if w.islower()) >= 3:
            return " ".join(words[:i])
    return title


_WORD = re.compile(r"[^\W\d_]+")


def _read_again_in_body(title: str, body: str) -> str:
    """A scan's summary is mostly restated in its body (a decision's Điều 1, a notice's first
    sentence), where a word whose letters the OCR misread in the summary ("hường Trung Liệt") is
    read right: the word between the same two neighbours (at the ends, beside the same two),
    with nearly the same letters, when the body writes it so more often than as the summary reads."""
    words = list(_WORD.finditer(title))
    if len(words) < 4:
        return title
    seq = [w.lower() for w in _WORD.findall(body)]
    around: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for a, x, b in zip(seq, seq[1:], seq[2:]):
        around[("mid", a, b)][x] += 1
        around[("first", x, b)][a] += 1
        around[("last", a, x)][b] += 1
    low = [w.group(0).lower() for w in words]
    out, last = [], 0
    for k, w in enumerate(words):
        if k == 0:
            key = ("first", low[1], low[2])
        elif k == len(words) - 1:
            key = ("last", low[k - 2], low[k - 1])
        else:
            key = ("mid", low[k - 1], low[k + 1])
        seen = around.get(key)
        if not seen:
            continue
        better, votes = seen.most_common(1)[0]
        if better == low[k] or votes <= seen[low[k]]:
            continue  # the body reads it as the summary does, as often
        bare, better_bare = strip_accents(low[k]), strip_accents(better)
        if bare == better_bare:
            continue  # marks only: the body misreads them as often; the document's consensus decides
        if fuzz.ratio(bare, better_bare) < 60 and not (better_bare.endswith(bare) and not is_syllable(low[k])):
            continue
        word = w.group(0)
        out += [title[last : w.start()], better.upper() if word.isupper() and len(word) > 1 else better[:1].upper() + better[1:] if word[:1].isupper() else better]
        last = w.end()
    return "".join(out) + title[last:] if out else title


# The line under an annex's heading naming the document it goes with ("(Ban hành kèm theo Kế hoạch
# số 34-KH/TWĐTN ...)", Decree 30/2020/NĐ-CP Appendix I): not part of the summary.
_ANNEX_NOTE = re.compile(r"\(\s*(?:ban hành\s+kèm|kèm\s+theo)(?![\wđ])", re.I)
# The same note opening a line of its own, wrapped after its first words ("(Ban hành" / "kèm theo ...").
_ANNEX_NOTE_LINE = re.compile(r"\(\s*(?:ban hành|kèm\s+theo)(?:\s+kèm)?\s*$|\(\s*(?:ban hành\s+kèm|kèm\s+theo)(?![\wđ])", re.I)
_SENTENCE_END = re.compile(r"[.;:!?]$")


def _summary_lines(layout: Layout, text: str) -> list[Line]:
    """The summary's lines as the layout found them, put right where exports damage them: a
    flattened table row, a signer's title run on, a wrapped line the layout stopped before."""
    lines = list(layout.title_lines)
    if len(lines) == 1 and _ORGAN_UNDER_TYPE.match(lines[0].stripped):
        lines += _subject_after_organ(layout, lines[0], text)
    first = lines[0]
    row_end = text.find("\n", first.end)
    rest_of_row = text[first.end : row_end if row_end >= 0 else len(text)]
    if rest_of_row.strip(" |\t\\") and re.search(r"[^\W_]", rest_of_row):  # not a scan's specks cut off the line's end (" :")
        # A cell of a flattened table row with more cells after it ("V/v triển khai | a | b |"):
        # the next line is the next row, not this summary going on.
        return [first]
    while len(lines) > 1 and _bare_signer_title(lines[-1].stripped) and not lines[-2].stripped.endswith(","):
        lines.pop()  # "Bí thư", "CHỦ TỊCH": the signature block, not the summary
    cut = next((k for k, ln in enumerate(lines) if k and (_ANNEX_NOTE_LINE.match(ln.stripped) or _BODY_DATED.match(ln.stripped))), None)
    if cut is not None:
        return lines[:cut]
    return lines + _summary_goes_on(layout, lines, text)


_BODY_DATED = re.compile(M.BODY_DATED_SENTENCE)
_ORGAN_UNDER_TYPE = re.compile(M.ORGAN_UNDER_TYPE)
_SUBJECT_OPENER = re.compile(M.SUBJECT_OPENER)
_SUMMARY_OPEN_END = re.compile(M.SUMMARY_OPEN_END)


def _subject_after_organ(layout: Layout, organ: Line, text: str) -> list[Line]:
    """The subject's line ("Về nội dung, thời gian ...") after a line naming the organ under the
    type name ("CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"), past the blank lines a scan or an export may put
    between them: the summary is both (the layout stops at a blank line before a line in another
    case). Its own wrapped lines follow through _summary_goes_on."""
    starts = [ln.start for ln in layout.lines]
    k = bisect.bisect_right(starts, organ.start)
    while k < len(layout.lines) and not layout.lines[k].stripped and text.count("\n", organ.end, layout.lines[k].start) <= 3:
        k += 1
    if k >= len(layout.lines) or text.count("\n", organ.end, layout.lines[k].start) > 3:
        return []
    line = layout.lines[k]
    s = line.stripped
    if not _SUBJECT_OPENER.match(s) or len(s) > 250 or "\t" in line.text or PLACE_DATE.search(s):
        return []
    return [line]


def _bare_signer_title(s: str) -> bool:
    """A signer's title standing alone ("Bí thư", "KT. CHỦ TỊCH"), not a summary naming an office
    holder ("Thứ trưởng Bộ Nội vụ, nghỉ hưu")."""
    return is_signature_title(s) and "," not in s and (is_upper_line(s) or len(s.split()) <= 3)


def _summary_goes_on(layout: Layout, lines: list[Line], text: str) -> list[Line]:
    """Lines right under the summary (no blank line between) that finish it: one that closes the
    quote the summary opened ("“V/v ... tại Đại hội" / "Đoàn TNCS Hồ Chí Minh”"), or one that goes
    on in small letters ("V/v phê duyệt danh mục ..." / "thực hiện trong kế hoạch năm 2024 ...":
    a body line would open with a capital)."""
    starts = [ln.start for ln in layout.lines]
    k = bisect.bisect_right(starts, lines[-1].start)
    more: list[Line] = []
    joined = " ".join(ln.stripped for ln in lines)
    while k < len(layout.lines) and len(lines) + len(more) < 5:
        line = layout.lines[k]
        s = line.stripped
        if not s or len(s) > 120 or "|" in s or "\t" in line.text or line.start < lines[-1].end:
            break
        open_quote = joined.count("“") > joined.count("”")
        if open_quote and s.endswith("”") and s.count("“") < s.count("”"):
            more.append(line)
            break
        words = s.split()
        small = s[:1].islower() and len(words) >= 2 and sum(is_syllable(w.strip(",;.”")) for w in words) >= 0.7 * len(words)
        # A summary cut after "của", "đối với đồng chí": the next line finishes it, capitalised or not.
        open_end = _SUMMARY_OPEN_END.search(joined) and not fold(s).startswith(M.BODY_OPENERS)
        if not (small or open_end) or _SENTENCE_END.search(joined) or PLACE_DATE.search(s):
            break
        more.append(line)
        joined += " " + s
        k += 1
    return more


_RANGE_CUT = re.compile(r"(?<=\d)[-–]$")  # "GIAI ĐOẠN 2026-" / "2030": a span of years wrapped at its hyphen
_RANGE_END = re.compile(r"\d")


def _join_summary_lines(lines: list[str]) -> str:
    """The summary's lines on one line: a space at each break, none inside a span of years that
    wrapped right after its hyphen ("2026-" + "2030" is "2026-2030")."""
    out = ""
    for s in lines:
        out += s if out and _RANGE_CUT.search(out.rstrip()) and _RANGE_END.match(s) else (" " if out else "") + s
    return out


def _title(layout: Layout, spans: dict, text: str = "", full_text: str = "") -> str | None:
    if not layout.title_lines:
        return None
    lines = _summary_lines(layout, full_text) if full_text else layout.title_lines
    if len(lines) > 1 and len(lines[-1].stripped.split()) >= 3:
        before = " ".join(fold(_join_summary_lines([ln.stripped for ln in lines[:-1]])).split())
        if before.endswith(" " + " ".join(fold(lines[-1].stripped).split())):
            lines = lines[:-1]  # a scan's line read twice, the second time whole: "... VÀ NGÂN" / "SÁCH TỈNH" / "... VÀ NGÂN SÁCH TỈNH"
    first, last = lines[0], lines[-1]
    title = squash(_join_summary_lines([ln.stripped for ln in lines]))
    title = _LEAD_SPECKS.sub("", title)  # specks an OCR read before the first word ("» ", "-|", "À +.")
    title = _TAIL_SPECKS.sub("", title)  # and after the last ("mm...", "‹")
    title = _before_heading(title)
    if is_upper_line(title):
        title = _CAPITALS_STOP.sub("", title)  # "HÀNH CHÍNH. CẤP.": a summary has no stop (Decree 30), a scan's specks
    note = _ANNEX_NOTE.search(title)
    if note and note.start() > 0:
        title = title[: note.start()].strip()  # "Thể lệ ... (Ban hành kèm theo Kế hoạch số ...)" on one line
    title = re.sub(r"^[“\"(]?\s*(?:V/v|V/V|v/v|Về việc)\s*:?\s*", "", title).strip()
    if title.endswith("”") and title.count("”") > title.count("“"):
        title = title[:-1].strip()  # the quote that opened before "V/v" closes here
    if title[:1] in "\"“" and not any(q in title[1:] for q in "\"”"):
        title = title[1:].strip()  # a speck read as a quote before the summary, none closing it
    if not title or len(title) < 3:
        return None
    spans["title"] = {"start": first.start, "end": last.end}
    if full_text and not full_text[last.end :].strip():
        title = _whole_from_headline(title, full_text, first.start, spans)
    if text:  # OCR'd: words misread in the summary are read again where the body restates it
        title = _restated_whole(title, text, last.end, layout.type_code, spans)
        title = _read_again_in_body(title, text[last.end :])
    return title


# A web excerpt cut inside the summary ("HƯỚNG DẪN / Tuyên truyền kỷ niệm các ngày lễ lớn và sự"):
# the page's headline or its editor's line above the document writes the same summary whole
# ("Hướng dẫn Tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2022").
_CUT_TITLE_WORDS = 4  # a cut summary at least this long, so that its words name the document
_LINE_TAIL = re.compile(r"[\s”\"’';:.,]+$")


def _whole_from_headline(title: str, text: str, before: int, spans: dict) -> str:
    cut = " ".join(fold(title).split())
    if len(cut.split()) < _CUT_TITLE_WORDS:
        return title
    for m in re.finditer(r"[^\n]+", text[:before]):
        line = m.group()
        flat = " ".join(line.split())
        at = fold(flat).find(cut)
        if at < 0 or (at > 0 and flat[at - 1].isalnum()):
            continue
        whole = _LINE_TAIL.sub("", flat[at:])
        if len(whole) > len(cut) + 1 and whole[len(cut)] == " " and len(whole) <= 400:
            spans["title"] = {"start": m.start(), "end": m.end()}
            return " ".join(title.split()) + whole[len(cut) :]  # the summary's own letters, the headline's rest
    return title


# The clause that promulgates an act restates its title whole: "Thủ tướng Chính phủ ban hành Quyết
# định sửa đổi, bổ sung Quyết định số 20/2020/QĐ-TTg ... về mã định danh điện tử ...".
_PROMULGATES = re.compile(r"\bban hành\s+")
_SENTENCE_STOP = re.compile(r"\.(?=\s|$)|[;:\n]")
_RESTATING_TYPES = ("QĐ", "TT", "NĐ")  # acts whose promulgation clause repeats the title (a joint circular is typed TT); a plan's "ban hành Kế hoạch ... như sau:" need not
RESTATED_WORDS = 3  # the restatement goes on by at least this many words


def _restated_whole(title: str, text: str, after: int, type_code: str | None, spans: dict) -> str:
    """A scan's title cut short (an arrival stamp pressed over its last lines) is taken whole from
    the clause that promulgates the act, when that clause restates the title as read and goes on
    to the sentence's end; the title's span moves there."""
    if type_code not in _RESTATING_TYPES:
        return title
    names = tuple(fold(n) + " " for n in BY_CODE[type_code].names)
    want = fold(title)
    for m in _PROMULGATES.finditer(text, after):
        head = next((n for n in names if fold(text[m.end() : m.end() + len(n)]) == n), None)
        if head is None:
            continue
        start = m.end() + len(head)
        stop = _SENTENCE_STOP.search(text, start, start + 600)
        if stop is None:
            continue
        restated = squash(text[start : stop.start()])
        if fold(restated).startswith(want) and len(restated.split()) >= len(title.split()) + RESTATED_WORDS:
            spans["title"] = {"start": start, "end": stop.start()}
            return restated[:1].upper() + restated[1:]
    return title


def _place_date(doc: Doc, layout: Layout, pt: Text, spans: dict) -> tuple[str | None, str | None]:
    line = layout.place_date_line
    if line is None:
        return None, None
    m = PLACE_DATE.search(line.text)
    place = squash(m.group("place"))
    spans["place"] = {"start": line.start + m.start("place"), "end": line.start + m.end("place")}
    whole = _place_misread_in_part(line.text[: m.start("place")], place, layout)
    if whole is not None:
        place, start = whole
        spans["place"] = {"start": line.start + start, "end": line.start + m.end("place")}
    rest = "ngày " + m.group("rest").lower()
    dm = dates.FULL_DATE.search(rest)
    if dm is None and date_specks_blanked(rest):
        rest = date_specks_blanked(rest)  # "ngày 20 thắng 7 năm:2014": a scan's specks and misread mark
        dm = dates.FULL_DATE.search(rest)
    if dm is None:
        warn(doc, "blank-date", f"the date of issue is incomplete: {squash(line.text)!r}")
        return place, None
    value = dates.parse_full_date(dm)
    if value is None:
        warn(doc, "invalid-date", f"the date of issue does not exist: {squash(line.text)!r}")
    else:
        spans["date"] = {"start": line.start + m.start("rest"), "end": line.start + m.end()}
    return place, value


_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]\S*)\s+$")


def _place_misread_in_part(before: str, place: str, layout: Layout) -> tuple[str, int] | None:
    """"Koøn Tum, ngày ...": a scan misread the place's first syllable, so the place-and-date
    line gives only "Tum". The header names the same unit whole ("TỈNH KON TUM"): when its name
    ends with the part read and the syllable before starts with the misread word's letter, the
    place is that name. Returns the place and where the misread word starts in the line."""
    w = _WORD_BEFORE.search(before)
    if w is None or is_syllable(w["word"]):
        return None
    want = fold(place).split()
    for hl in layout.header_lines:
        words = squash(hl.stripped).split()
        if len(words) <= len(want) or [fold(x) for x in words[-len(want) :]] != want:
            continue
        lost = words[-len(want) - 1]
        if fold(lost) in M.ADMIN_UNITS or strip_accents(fold(lost))[:1] != strip_accents(fold(w["word"]))[:1]:
            continue
        return " ".join(x.capitalize() for x in words[-len(want) - 1 :]), w.start("word")  # a place: every syllable capitalised
    return None


# --- issuer ------------------------------------------------------------------------------------


# A name with a blank to fill in ("Ban Chấp hành đoàn……………", "Đoàn tỉnh/ thành phố ….") is a form's.
_FILL_IN = re.compile(r"…|\.{3,}|_{3,}")


def _issuer(doc: Doc, layout: Layout, pt: Text, symbol, spans: dict, place: str | None = None) -> dict | None:
    code = symbol.issuers[-1] if symbol is not None and symbol.style != "law" and symbol.issuers else None
    found = _issuer_from_header(layout)
    if found and _FILL_IN.search(found[0]):
        warn(doc, "blank-issuer", f"the issuer is a form's blank to fill in: {squash(found[2].text)!r}")
        return None
    if found and _unreadable(found[0]):
        # "UBND TNH PH TH CNG HO ...": a text layer that lost every letter with a mark. Unknown, not a guess.
        warn(doc, "issuer-doubtful", f"the issuer's name is not readable: {squash(found[2].text)!r}")
        found = None
    if found and fold(found[0]) in M.NEEDS_UNIT and not found[1]:
        rest = _authority_after(found[0], layout.authority_line)  # what the authority line adds to the bare name
        whole = _named_by_authority(found[0], rest)
        unit = None if whole else _unit_of_authority(rest)
        if unit in _PROVINCE_UNITS and place in PROVINCES:
            # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" with no name, and a place line that names a province
            # (Decree 30/2020, App. I: a province's bodies write the province's name there; older
            # copies wrote the provincial capital, "Đông Hà", which names no province: left alone).
            whole = f"{found[0]} {unit} {place}"
        if whole:
            spans["issuer"] = {"start": layout.authority_line.start, "end": layout.authority_line.end}
            return _issuer_record(whole, None, code, "authority")

        # "ỦY BAN NHÂN DÂN" alone (the export lost "TỈNH X"): the preamble says whose, and the
        # place-and-date line names the unit where the body sits ("UBND tỉnh" + "Lạng Sơn").
        clause = _issuer_from_clause(layout, pt)
        if clause:
            name, start, end = clause
            unit = re.search(rf"(?<![\wđ]){_UNITS}$", fold(name))
            if unit and place and _same_body_kind(found[0], name):
                name = f"{found[0]} {name[unit.start():]} {place}"
            spans["issuer"] = {"start": start, "end": end}
            return _issuer_record(name, None, code, "clause")
        named = _province_in_title(found[0], found[2].start, layout, pt, place)
        if named:
            spans["issuer"] = {"start": found[2].start, "end": found[2].end}
            return _issuer_record(named, None, code, "header")
    if found:
        name, parent, line = found
        bare = re.search(rf"(?<![\wđ])(?:{alternation(M.NEEDS_UNIT)})\s+(?:{'|'.join(_PROVINCE_UNITS)})$", fold(name))
        if bare and place in PROVINCES:
            # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" read under a header that lost "TỈNH GIA LAI": the place
            # line names the province (Decree 30/2020, App. I), as for a bare body above; only a body
            # that exists at every level (M.NEEDS_UNIT: "Đảng ủy các cơ quan Đảng tỉnh" is named whole)
            name = f"{name} {place}"
        spans["issuer"] = {"start": line.start, "end": line.end}
        return _issuer_record(whole_name(name, symbol.issuers if symbol is not None else ()), parent, code, "header")
    clause = _issuer_from_clause(layout, pt)
    if clause:
        name, start, end = clause
        spans["issuer"] = {"start": start, "end": end}
        return _issuer_record(name, None, code, "clause")
    signed = _issuer_from_signature(doc, layout, pt)
    if signed:
        name, line = signed
        spans["issuer"] = {"start": line.start, "end": line.end}
        return _issuer_record(name, None, code, "signature")
    return None


_NAME_WORDS = re.compile(r"[^\W_]+")


def whole_name(name: str, codes: tuple[str, ...]) -> str:
    """A header name cut at a line break ("Bộ Văn hóa, Thể thao", its second line "và Du lịch" lost
    by a flattened table) made whole by the name its symbol's code stands for (CENTRAL_BODY_OF_CODE): the
    words read must be the first words of that name, and fewer."""
    words = _NAME_WORDS.findall(fold(name))
    for code in codes:
        full = CENTRAL_BODY_OF_CODE.get(code)
        if full is None:
            continue
        full_words = _NAME_WORDS.findall(fold(full))
        if 1 < len(words) < len(full_words) and full_words[: len(words)] == words:
            return full
    return name


def _authority_after(bare: str, authority: Line | None) -> str | None:
    """What an authority line in capitals says after the body's bare name (folded): "CHỦ TỊCH ỦY
    BAN NHÂN DÂN TỈNH X" -> "tỉnh x" for "Ủy ban nhân dân"; None where it does not name it."""
    if authority is None:
        return None
    line = squash(authority.stripped).rstrip(" :")
    f = fold(line)
    at = f.find(fold(bare))
    if at < 0 or not is_upper_line(line):
        return None
    return f[at + len(bare) :].strip()


def _named_by_authority(bare: str, rest: str | None) -> str | None:
    """"Ủy ban nhân dân" (a header that lost "TỈNH X") named whole by the line under the summary
    that names who issues (Decree 30/2020/NĐ-CP: "thẩm quyền ban hành"), ``rest`` what that line
    adds after the bare name: "ỦY BAN NHÂN DÂN TỈNH X", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" -> "Ủy
    ban nhân dân tỉnh X"."""
    if rest is None:
        return None
    unit = re.match(rf"{_UNITS}\s+(?P<after>\S+)", rest)
    if unit is None or unit["after"] in M.COMMITTEE_AFTER_UNIT:
        return None  # "TỈNH ỦY ...", "TỈNH ĐOÀN ...": another body, not this one's seat
    return name_case(f"{bare} {rest}".upper())


_PROVINCE_UNITS = ("tỉnh", "thành phố")
_TITLE_SPAN = 800  # the type line and summary stand just under the header


def _province_in_title(bare: str, start: int, layout: Layout, pt: Text, place: str | None) -> str | None:
    """"ỦY BAN NHÂN DÂN" alone (the export lost "TỈNH X") with no preamble naming the body: a place
    line naming a province (Decree 30/2020, App. I: a province's bodies write its name there) and a
    summary or opening that names the same province as a province ("... TRÊN ĐỊA BÀN TỈNH QUẢNG
    NGÃI", "UBND tỉnh Ninh Bình đã ...") make the body the province's. A city's bodies may write a place of the province's name ("Lạng Sơn" for the
    city): without "tỉnh X" in the summary the unit stays unknown."""
    if place not in PROVINCES:
        return None
    window = pt.folded[start : min(len(pt.folded), layout.header_end + _TITLE_SPAN)]
    for unit in _PROVINCE_UNITS:
        if re.search(rf"(?<![\wđ]){unit}\s+{re.escape(fold(place))}(?![\wđ])", window):
            return f"{bare} {unit} {place}"
    return None


def _unit_of_authority(rest: str | None) -> str | None:
    """The unit word that ends an authority line naming no place, ``rest`` what it adds after the
    bare name: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" -> "tỉnh" (for "Ủy ban nhân dân")."""
    return rest if rest is not None and re.fullmatch(_UNITS, rest) else None


_SHORT_FORMS = {"ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "tand": "tòa án nhân dân", "vksnd": "viện kiểm sát nhân dân"}


def _same_body_kind(header: str, clause: str) -> bool:
    """"Ủy ban nhân dân" (header) and "UBND tỉnh" (preamble) name the same kind of body."""
    f = fold(clause)
    for short, full in _SHORT_FORMS.items():
        f = re.sub(rf"^{short}(?![\wđ])", full, f)
    return f.startswith(fold(header))


def _unreadable(name: str) -> bool:
    words = [w.strip(".,;:()") for w in name.split()]
    words = [w for w in words if w and fold(w) not in ACRONYMS and not (w.isupper() and len(w) <= 5 and fold(w) in _KNOWN_SHORT)]
    bad = [w for w in words if not is_syllable(w)]
    return len(bad) >= 3 and len(bad) >= 0.5 * len(words)  # not a few words of a minority language


_KNOWN_SHORT = {"ubnd", "hđnd", "mttq", "tncs", "lhpn", "hnd", "ccb", "bch", "btv", "lđlđ", "tand", "vksnd", "ubkt", "đtn"}


def _issuer_record(name: str, parent: str | None, code: str | None, evidence: str) -> dict:
    return {"name": name, "code": code, "parent": parent, "level": _level(name, parent), "evidence": evidence}


def _level(name: str, parent: str | None) -> str | None:
    f = fold(f"{name} {parent or ''}")
    for words, level in (
        (("trung ương", "bộ chính trị", "ban bí thư", "chính phủ", "quốc hội", "thủ tướng"), "central"),
        (("tỉnh", "thành ủy", "thành phố trực thuộc"), "province"),
        (("huyện", "quận", "thị xã", "thành phố", "thị ủy"), "district"),
        (("xã", "phường", "thị trấn"), "commune"),
    ):
        # "xã hội" (society: "Bộ Lao động - Thương binh và Xã hội", "Bảo hiểm xã hội") is no commune.
        if any(re.search(rf"(?<![\wđ]){re.escape(w)}(?![\wđ])(?!\s+hội)", f) for w in words):
            return level
    if re.search(r"(?<![\wđ])bộ\s+\S", f) and not f.startswith("đảng bộ"):
        return "central"
    return None


def _motto_org(layout: Layout) -> str | None:
    """The organisation the header's motto names; also where an export ran the motto into the
    place-and-date line of its cell ("ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày ... năm 2022")."""
    if layout.motto_org or layout.place_date_line is None:
        return layout.motto_org
    line = layout.place_date_line.text
    m = PLACE_DATE.search(line)
    if m is None or m.start() == 0:
        return None
    before = " ".join(fold(line[: m.start()]).split()).strip(" -_*|")
    return M.MOTTOS.get(before)


def _issuer_from_header(layout: Layout):
    units: list[tuple[str, object]] = []  # (folded name, its lines as one span)
    for line in layout.header_lines:
        # specks around the name ("/ỦY BAN ..."); a markdown export's hard line breaks ("TRUNG ƯƠNG \\")
        s = squash(re.sub(r"^[^\w(]+", "", line.stripped).rstrip("*-_ /|\\"))
        if not s or not is_upper_line(s) or (any(ch.isdigit() for ch in s) and not _NUMBERED_PLACE.search(fold(s))):
            continue
        s = _restore_first_letter(s)
        if not starts_with_body(s) and starts_with_body(_INNER_SPECKS.sub("", s)):
            s = _INNER_SPECKS.sub("", s)  # "ỦY, BAN NHÂN DÂN": a scan's speck read as a stop inside the name
        s = _without_stops(s)
        s = " ".join(_syllables_apart(w) for w in s.split())
        f = spell_out_board(fold(s))
        if f.startswith(("kính gửi", "nơi nhận", "v/v")):
            continue
        if units and _continues(units[-1][0], f):
            first = units[-1][1]
            units[-1] = (f"{units[-1][0]} {f}", Line(first.start, line.end, f"{first.text} {line.text}"))  # both lines
            continue
        if not starts_with_body(s):
            continue  # a title in capitals, "DỰ THẢO", a form's name: not a body
        units.append((f, line))
    if not units:
        return None
    name_f, line = units[-1]
    motto_org = _motto_org(layout)
    parent_f = units[-2][0] if len(units) > 1 else None
    name = name_case(name_f.upper())
    parent = name_case(parent_f.upper()) if parent_f else None
    if parent_f in M.BARE_BOARDS and motto_org:
        parent = f"{parent} {motto_org}"
    if name_f in M.BARE_BOARDS and motto_org and not (parent_f and name_f in M.BOARDS_OF_PARENT):
        name = f"{name} {motto_org}"
    elif (name_f in M.BARE_BOARDS or name_f in M.BOARDS_OF_PARENT) and parent:
        name = f"{name} {parent}"
    elif name_f in _COMMITTEE_UNITS and parent_f and parent_f.startswith("đảng bộ "):
        # "ĐẢNG BỘ TỈNH GIA LAI" / "TỈNH ỦY": the committee of that Party organisation, "Tỉnh ủy Gia Lai";
        # "ĐẢNG BỘ XÃ X" / "ĐẢNG ỦY": "Đảng ủy xã X".
        place = parent_f[len("đảng bộ ") :]
        unit = _COMMITTEE_UNITS[name_f]
        if unit and place.startswith(unit + " "):
            place = place[len(unit) + 1 :]
        name = name_case(f"{name_f} {place}".upper())
    elif parent_f and re.match(r"(?:ban|văn phòng|ủy ban kiểm tra)(?:\s|$)", name_f):
        # A board of a committee is named with it: "Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo Trung ương Đoàn".
        committee = next((c for c in _COMMITTEES + ("đảng ủy",) if parent_f.startswith(c)), None)
        if committee and committee not in name_f:
            committee = parent_f  # the whole committee: "Ban Dân vận Tỉnh ủy Bắc Giang"
        if committee is None and parent_f.startswith("ban chấp hành trung ương"):
            committee = "trung ương" + (" đoàn" if (motto_org or "").startswith("Đoàn") else "")
            if name_f == "văn phòng" and motto_org == "Đảng":
                committee += " đảng"  # the Party's central office is "Văn phòng Trung ương Đảng" (Guidance 36-HD/VPTW)
        if committee and committee not in name_f:
            name = f"{name} {name_case(committee.upper())}"
    purpose = _PURPOSE_OF_NAME.match(fold(name))
    if purpose and name_f == fold(name):
        name = name[: purpose.end()] + fold(name[purpose.end() :])  # its purpose in words of the text, not names
    if parent_f and name == name_case(name_f.upper()):
        name = _with_seat(name, name_f, parent_f)
    if parent_f and fold(name) != name_f and fold(name).endswith(parent_f.split()[-1]):
        # named with words of the line above ("Ban Dân vận Tỉnh ủy Bến Tre"): the span is both lines
        above = units[-2][1]
        line = Line(above.start, line.end, f"{above.text} {line.text}")
    return name, parent, line


_PURPOSE_OF_NAME = re.compile(rf"(?:{alternation(M.NAMED_BY_PURPOSE)})(?![\wđ]).*?\s(?=về\s)")


# A local State body on the line above a department ("UBND TỈNH KHÁNH HÒA" / "SỞ Y TẾ"): the
# department is named with the body's unit, as annotators and the press write it ("Sở Y tế tỉnh
# Khánh Hòa"); its office with the whole body ("Văn phòng UBND tỉnh Khánh Hòa").
_LOCAL_STATE_BODY = re.compile(rf"(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd)\s+(?P<unit>{_UNITS}\s.+)$")
_DEPARTMENT = re.compile(r"(?:sở|phòng|chi cục|ban chỉ đạo|thanh tra|trung tâm)\s")
_UNIT_WORD = re.compile(rf"(?<![\wđ]){_UNITS}(?![\wđ])(?!\s+hội)")


def _with_seat(name: str, name_f: str, parent_f: str) -> str:
    seat = _LOCAL_STATE_BODY.match(parent_f)
    if seat is None or _UNIT_WORD.search(name_f):
        return name
    if name_f == "văn phòng":
        return name_case(f"{name_f} {parent_f}".upper())
    if _DEPARTMENT.match(name_f):
        return name_case(f"{name_f} {seat['unit']}".upper())
    return name


_SHORT_BOARD = re.compile(r"^(?P<short>" + "|".join(M.HEADER_SHORT_FORMS) + r")(?=\s|$)")


_SHORT_ASSOCIATION = re.compile(r"(?<![\wđ])(?:" + "|".join(M.ASSOCIATION_SHORT_FORMS) + r")(?![\wđ])")


def spell_out_board(folded: str) -> str:
    """"bch tỉnh đoàn x" -> "ban chấp hành tỉnh đoàn x", "hội ccb tỉnh x" -> "hội cựu chiến binh
    tỉnh x": a board's or an association's short form in a header name."""
    m = _SHORT_BOARD.match(folded)
    if m is not None:
        folded = M.HEADER_SHORT_FORMS[m["short"]].lower() + folded[m.end() :]
    return _SHORT_ASSOCIATION.sub(lambda a: M.ASSOCIATION_SHORT_FORMS[a[0]].lower(), folded)


def _restore_first_letter(line: str) -> str:
    """"Y BAN NHÂN DÂN" -> "ỦY BAN NHÂN DÂN": the header's first letter an export dropped."""
    folded = fold(line)
    for lost, whole in M.LOST_FIRST_LETTER.items():
        if folded.startswith(lost):
            return whole.upper() + line[len(lost) :]
    return line


# A Party committee and the unit word its Party organisation's name repeats ("Đảng bộ tỉnh X" -> "Tỉnh ủy X").
_COMMITTEE_UNITS = {"tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "huyện ủy": "huyện", "quận ủy": "quận", "thị ủy": "thị xã", "đảng ủy": ""}


_NAMES_ITS_PLACE = re.compile(rf"(?<!\S)(?:{alternation(M.ADMIN_UNITS)})\s+(?!hội(?!\S))\S")


_BOARD_LINE = re.compile(r"(?:ban|văn phòng|ủy ban kiểm tra)\s")
_INNER_SPECKS = re.compile(r"(?<=\w)[,.;:'`](?=\s)")
# A body's name in the header holds no stop, colon or quote (Decree 30/2020/NĐ-CP: capitals, one name;
# "TP." abbreviates, a comma may list fields "SỞ VĂN HÓA, THỂ THAO ..."): a fax's specks
# ("ỦY BAN. NHÂN DÂN.", "ỦY BAN NHÂN." / "DÂN", "- PHỦ.", "“HÀNH CHÍNH").
_STOP_SPECKS = re.compile(r"(?<![\s.](?:TP|Tp))(?<!^(?:TP|Tp))[.:;\"“”„`]+(?=\s|$)|(?<=\s)[\"“”„`]+|,+$")


# A name's hyphen joins two fields with one dash ("BỘ LAO ĐỘNG - THƯƠNG BINH ..."); two standing apart
# are the specks at the ends of two wrapped lines ("ỦY BAN NHÂN DÂN -" / "- TỈNH X", "CHÍNH -" / "- PHỦ").
_DASH_SPECKS = re.compile(r"\s[-–](?:\s+[-–])+(?=\s)")


def _without_stops(s: str) -> str:
    return squash(_DASH_SPECKS.sub(" ", _STOP_SPECKS.sub("", s))).strip()


MOST_GLUED_SYLLABLES = 4


def _syllables_apart(word: str) -> str:
    """A word in capitals a fax glued from syllables whose spaces it lost ("TỈNHKONTUM", "BỘYTẾ",
    "DỤCVÀ"): the fewest syllables it splits into, when every piece is one and the word is none;
    an acronym ("UBND", "HĐND") splits into no syllables and stays."""
    if not word.isupper() or not word.isalpha() or is_syllable(word) or fold(word) in ACRONYMS or fold(word) in _KNOWN_SHORT:
        return word
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - 7), end):
            piece = word[start:end]
            if best[start] is not None and is_syllable(piece) and (best[end] is None or len(best[start]) + 1 < len(best[end])):
                best[end] = [*best[start], piece]
    pieces = best[n]
    if pieces is None or len(pieces) > MOST_GLUED_SYLLABLES or any(len(p) == 1 and p not in ("Y", "Ý") for p in pieces):
        return word
    return " ".join(pieces)


# A name that breaks after the first syllable of its place: "TRƯỜNG TIỂU HỌC DIỄN" / "THÀNH",
# "ỦY BAN NHÂN DÂN HUYỆN CHÂU" / "THÀNH" (a place's name is mostly two syllables or more).
_ONE_SYLLABLE_OF_PLACE = re.compile(rf"(?<![\wđ])(?:{alternation(M.ADMIN_UNITS + SCHOOL_LEVELS)})\s+(?!hội$)[^\W\d_]+$")  # not "xã hội"


_SCHOOL = re.compile(rf"trường\s+(?:{alternation(SCHOOL_LEVELS)})(?![\wđ])")


def _opens_a_motto(line: str) -> bool:
    """A header line that begins the national or an organisation's motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    VIỆT", the motto's cell read into the name's column): no piece of a body's name."""
    words = " ".join(line.split()[:3])
    return len(words.split()) >= 2 and any(motto.startswith(words) for motto in M.MOTTOS if " " in motto)


def _continues(previous: str, line: str) -> bool:
    """Whether a header line completes the one above ("TÒA ÁN NHÂN DÂN" / "TỈNH CÀ MAU")."""
    if line not in M.HEADER_MARKS and spans_a_term(previous, line) and not _opens_a_motto(line):
        return True  # "BAN TUYÊN GIÁO TRUNG" / "ƯƠNG": one name's term wrapped, a scan's blank line between
    if (line == "trung ương" or line.startswith("trung ương ")) and _BOARD_LINE.match(previous + " ") and "trung ương" not in previous:
        # "BAN TUYÊN GIÁO" / "TRUNG ƯƠNG", "BAN CHẤP HÀNH" / "TRUNG ƯƠNG": "trung ương" names no body
        # of its own under a board; it ends the board's name (Guidance 36-HD/VPTW's central boards).
        return True
    purpose = line.startswith("về ") or line == "về" or " về " in f" {previous} "
    if previous.startswith(M.NAMED_BY_PURPOSE) and purpose and line not in M.HEADER_MARKS and not starts_with_body(line.upper()):
        return True
    if (_ONE_SYLLABLE_OF_PLACE.search(previous) and 1 <= len(line.split()) <= 2 and line not in M.HEADER_MARKS
            and not starts_with_body(line.upper()) and all(is_syllable(w) for w in line.split())):
        return True
    if (_SCHOOL.match(previous) and 1 <= len(line.split()) <= 3 and line not in M.HEADER_MARKS
            and not starts_with_body(line.upper()) and all(is_syllable(w) for w in line.split())):
        # a school named after its level by a name of any length, broken in a narrow cell:
        # "TRƯỜNG CAO ĐẲNG CÔNG NGHỆ" / "THỦ ĐỨC", "TRƯỜNG THPT" / "NGUYỄN DU"
        return True
    if previous in M.BARE_BOARDS:
        return line.startswith(M.ORGANISATIONS)
    if previous in M.NAME_GOES_ON:
        return line.startswith(M.NAME_GOES_ON[previous])
    if any(line == e or line.startswith(e + " ") for e in M.NAME_ENDINGS):
        return not any(w in line for w in M.SESSION_WORDS)  # "KHÓA XV, KỲ HỌP THỨ 21": the session
    if any(previous.endswith(" " + unit) for unit in M.ADMIN_UNITS):
        # "ỦY BAN NHÂN DÂN HUYỆN" / "CHÂU THÀNH": the unit's name is on the next line; but a name that
        # ends in its level ("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH") has its
        # board below it, not a place ("BAN TUYÊN GIÁO VÀ DÂN VẬN").
        return not (len(line.split()) >= 3 and _BOARD_LINE.match(line))
    if _NAMES_ITS_PLACE.search(previous):
        return False  # "ĐẢNG BỘ TỈNH CÀ MAU" names its place ("XÃ HỘI" names none): a place below is another line's
    for unit in M.ADMIN_UNITS:
        if line == unit:
            return True
        if line.startswith(unit + " "):
            after = line[len(unit) + 1 :]
            return not after.startswith(M.COMMITTEE_AFTER_UNIT)
    return False


_PAGE_TITLE_LINES = 6  # the page's own title stands in its first lines, above the copied body


def _title_of_page(pt: Text, code: str, spans: dict) -> str | None:
    """A body copied without its header under the page's title, which names the document by its type
    and summary ("Thông báo lịch tiếp công dân của ..." over "... thông báo lịch tiếp công dân như sau:"):
    once the body's own formula gives the type, the rest of that title line is the summary."""
    seen = 0
    for m in re.finditer(r"[^\n]+", pt.text[: min(len(pt.text), 1500)]):
        line = m.group(0).strip()
        if not line:
            continue
        seen += 1
        if seen > _PAGE_TITLE_LINES:
            return None
        t = re.match(rf"(?P<type>{TYPE_NAME_ALT})[ \t]+", fold(line))
        if t is None or BY_CODE.get(code) is None or fold(t.group("type")) not in {fold(n) for n in BY_CODE[code].names}:
            continue
        rest = line[t.end() :].strip(" .:")
        if len(rest.split()) < 3 or find_symbols(rest):
            return None
        at = pt.text.find(rest, m.start(), m.end())
        spans["title"] = {"start": at, "end": at + len(rest)}
        return rest
    return None


def _letter_by_its_salutation(pt: Text) -> str | None:
    """A letter copied from its salutation on (patterns.doc_types.LETTER_OPENING), no submission."""
    if LETTER_OPENING.match(pt.folded) is None or SUBMISSION_WORDS.search(pt.folded, 0, 3000):
        return None
    return "CV"


def _notice_by_its_clause(layout: Layout, pt: Text) -> str | None:
    """A notice copied without its header names no type; its body's own formulas tell it
    (patterns.doc_types.NOTICE_CLAUSE: "... thông báo lịch tiếp công dân như sau:")."""
    begin = 0 if _headerless(layout) else layout.header_end
    end = min(len(pt.text), layout.header_end + 3000)
    return "TB" if NOTICE_CLAUSE.search(pt.folded, begin, end) else None


def _headerless(layout: Layout) -> bool:
    """No header at all (no type line, number, motto or header line: a body posted under the page's
    own title): no header zone to skip, its first sentences may speak as the body."""
    return layout.type_line is None and layout.number_line is None and layout.motto_org is None and not layout.header_lines


def _issuer_from_clause(layout: Layout, pt: Text):
    """"Tòa án nhân dân tỉnh Cà Mau ban hành Kế hoạch ...", "..., Đảng ủy Sở Tư pháp xây dựng Kế hoạch"."""
    end = layout.outline[0].start if layout.outline else min(len(pt.text), layout.header_end + 3000)
    end = max(end, min(len(pt.text), layout.header_end + 400))
    for pattern in (_ISSUING_CLAUSE, _SPEAKING_CLAUSE):
        found = _clause_subject(pattern, layout, pt, end)
        if found:
            return found
    return None


_TERM_AFTER_COMMA = re.compile(r"[ \t]*nhiệm kỳ[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4}[ \t]*$")


def _clause_subject(pattern: re.Pattern[str], layout: Layout, pt: Text, end: int):
    begin = 0 if _headerless(layout) else layout.header_end
    for m in pattern.finditer(pt.folded, begin, end):
        left = max(pt.folded.rfind(ch, begin, m.start()) for ch in ",;:.\n")
        if left >= 0 and _TERM_AFTER_COMMA.match(pt.folded, left + 1, m.start()):
            # ", nhiệm kỳ 2019 – 2024" ends the body's term, not the subject: the name is before it
            left = max(pt.folded.rfind(ch, begin, left) for ch in ",;:.\n")
        start = left + 1 if left >= 0 else begin
        raw = pt.text[start : m.start()]
        raw = raw[: BODY_TERM.search(raw).start()]  # "... khoá VIII, nhiệm kỳ 2019 – 2024": the term is not the name
        lead = _CLAUSE_LEAD.match(raw.strip())
        stripped = raw.strip()
        offset = start + (len(raw) - len(raw.lstrip())) + (lead.end() if lead else 0)
        candidate = clean_body(stripped[lead.end() :] if lead else stripped)
        whole = candidate and body_end(fold(candidate), 0, len(candidate), candidate) >= len(candidate) - 1
        if whole and starts_with_body(candidate) and len(candidate) < 160:
            return candidate[:1].upper() + candidate[1:], offset, offset + len(candidate)
    return None


def _issuer_from_signature(doc: Doc, layout: Layout, pt: Text):
    """"T/M BAN THƯỜNG VỤ" names the board; the text says whose board it is."""
    for line in layout.signature_lines:
        m = AUTHORITY_LINE.match(line.stripped)
        if not m:
            continue
        board = squash(m.group("rest"))
        f = fold(board)
        if f in M.BARE_BOARDS or f in ("thường trực", "ban chỉ đạo"):
            committee = _own_committee(layout, pt)
            if committee is None:
                return None
            return f"{name_case(board.upper())} {committee}", line
        if starts_with_body(board) and not any(f.startswith(t) for t in M.SIGNER_TITLES):
            return name_case(board.upper()) if board.isupper() else board, line
    return None


def _own_committee(layout: Layout, pt: Text) -> str | None:
    """The Party committee the document speaks for: the one whose own boards get its tasks."""
    section = next((it for it in layout.outline if "tổ chức thực hiện" in fold(it.heading)), None)
    zones = [(section.start, section.end)] if section else [(layout.header_end, layout.body_end)]
    for a, b in zones:
        counts = {c: len(re.findall(rf"(?<![\wđ]){c}(?![\wđ])", pt.folded[a:b])) for c in _COMMITTEES}
        best = max(counts.items(), key=lambda kv: kv[1])
        if best[1] > 0:
            return name_case(best[0].upper())
    return None
