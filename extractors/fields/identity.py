"""The document's identity where the page does not give it in a header block.

Runs right after ``plankb_header`` and corrects it in three cases, each keeping the span of what
it read (``rec["spans"][field]``):

- A portal page that puts a metadata block ("Số hiệu:", "Loại văn bản:", "Ngày ban hành:" ...)
  above the copy of the document: the block pushes the header out of the layout's reach, so the
  layout is read again from where the document begins, and the header read from it; then the
  block's values are taken for the fields they carry (the header's issuer is kept when it has
  one, the block naming often the place rather than the body).
- A page without a header block that announces one document in its lead or title line
  ("Ngày 05/4/2022, UBND huyện X đã ban hành Kế hoạch số 57/KH-UBND về ..."): the announced
  document's type, number, date, issuer and subject. The page's own dates (posting, printing)
  are not the document's.
- A place-and-date line that an export wrapped ("Hà Nội, ngày 03" / "tháng 12 năm 2025").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc

from plankb.extractors import dates
from plankb.extractors.fields import header as header_component
from plankb.extractors.fields.base import field_component
from plankb.extractors.layout import Layout, find_layout, is_name_line, is_upper_line
from plankb.extractors.names import body_end, clean_body, starts_with_body
from plankb.extractors.patterns import identity as P
from plankb.extractors.patterns import layout_markers as M
from plankb.extractors.patterns.doc_types import BY_CODE, CODE_OF_NAME, TYPE_NAME_ALT
from plankb.extractors.patterns.grammar import DAY_WORD, MONTH_WORD, PLACE_WORD, YEAR_WORD
from plankb.extractors.patterns.issuer_codes import CENTRAL_BODY_OF_CODE
from plankb.extractors.regexes import alternation
from plankb.extractors.symbols import BLANK_NUMBER, find_symbols, normalize_symbol
from plankb.extractors.text import Text, fold, squash

# --- metadata blocks ---------------------------------------------------------------------------

_FIELD_OF_LABEL = {label: name for name, labels in P.METADATA_LABELS.items() for label in labels}
# A label before its colon, or without one when it fills its line or its cell ("Số/Ký hiệu" /
# "57/KH-UBND", "| Ký hiệu | 57/KH-UBND |", "Số văn bản<tab>57/KH-UBND"), or without one before a
# short value on its line ("Người ký Nguyễn Văn Du": a clone site's block of label-value lines).
_LABEL = re.compile(
    "(?P<label>" + alternation([*_FIELD_OF_LABEL, *P.OTHER_LABELS]) + r")"
    r"(?:[ \t]*:|(?P<bare>[ \t*]*(?=\||\t|$))|(?P<inline>[ \t]+(?=\S)))"
)
_INLINE_VALUE = 60  # the longest value read after a label without colon on its line
_HELP = re.compile(
    r"^[ \t|*]*(?:" + alternation([*_FIELD_OF_LABEL, *P.OTHER_LABELS]) + r")[ \t]+(?:" + alternation(P.LABEL_HELP_WORDS) + r")[ \t]"
)
_LINE_LEAD = " \t|*•#>-"
_EMPTY_CELL = re.compile(r"^[\s|*#]*$")
_META_LINES = 100  # a metadata block stands in the page's first lines
_META_GAP = 8  # lines between two labels of one block


@dataclass
class Value:
    text: str
    start: int
    end: int


@dataclass
class Metadata:
    start: int
    end: int
    values: dict[str, Value] = field(default_factory=dict)


def read_metadata(text: str) -> Metadata | None:
    """The metadata block at the top of ``text``, or None (fewer than two field labels)."""
    lines = _lines(text, _META_LINES)
    block: Metadata | None = None
    labels = 0
    last_label_line = -1
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        found = _labels(line)
        if not found or line[: found[0].start()].strip(_LINE_LEAD):
            i += 1
            continue
        if block is not None and i - last_label_line > _META_GAP:
            if block.values:
                break
            # A tab bar above ("• Thuộc tính • Nội dung • Hiệu lực"): label words without values,
            # far from the block that gives them; the block starts here.
            block, labels = None, 0
        if block is None:
            block = Metadata(start, end)
        last_label_line = i
        consumed = i
        for k, m in enumerate(found):
            v_start = start + m.end()
            v_end = start + (found[k + 1].start() if k + 1 < len(found) else len(line))
            raw = text[v_start:v_end]
            if not raw.strip(" \t|*") and k + 1 == len(found):  # the value on a line of its own
                j = i + 1
                while j < len(lines) and j <= i + 4 and (
                    _EMPTY_CELL.match(text[lines[j][0] : lines[j][1]]) or _HELP.match(text[lines[j][0] : lines[j][1]])
                ):
                    j += 1
                if j < len(lines) and j <= i + 4:
                    nxt = text[lines[j][0] : lines[j][1]]
                    if not _labels(nxt):
                        v_start, v_end, raw = lines[j][0], lines[j][1], nxt
                        consumed = j
            name = _FIELD_OF_LABEL.get(m.group("label"))
            if name is None:
                continue
            labels += 1
            if name == "title" and k + 1 == len(found):
                # A summary wrapped onto lines in lower case ("Phát triển du lịch" / "năm 2022").
                while consumed + 1 < len(lines) and _goes_on(text[lines[consumed + 1][0] : lines[consumed + 1][1]]):
                    consumed += 1
                    v_end = lines[consumed][1]
                    raw = text[v_start:v_end]
            lead = len(raw) - len(raw.lstrip(" \t|*"))
            value = raw.strip(" \t|*")
            if value and fold(value) not in P.UNKNOWN_VALUES and name not in block.values:
                block.values[name] = Value(value, v_start + lead, v_start + lead + len(value))
        block.end = lines[consumed][1]
        i = consumed + 1
    if block is None or labels < 2:
        return None
    return block


def _goes_on(line: str) -> bool:
    """A line that goes on with the value above it: lower case first, no label."""
    s = line.strip(" \t")
    return bool(s) and s[0].islower() and not _labels(line)


def _labels(line: str) -> list[re.Match[str]]:
    """The labels of one line: a bare one only where it opens its line or cell; none in a
    table's row of column names (bare labels side by side, no value between)."""
    found = []
    for m in _LABEL.finditer(line):
        if m.group("inline") is not None:
            # Only a label opening its line, its value the rest of the line, short and label-free:
            # "Ngày ban hành 12/08/2022", not "Ngày ban hành kế hoạch, các sở ..." in prose.
            rest = line[m.end() :].strip()
            if found or line[: m.start()].strip(_LINE_LEAD) or len(rest) > _INLINE_VALUE or ":" in rest or _HELP.match(line):
                continue
            if _LABEL.search(rest) and any(x.group("inline") is None for x in _LABEL.finditer(rest)):
                continue
            found.append(m)
            break
        if m.group("bare") is not None:
            before = line[: m.start()].rstrip(" \t*")
            if before.strip(_LINE_LEAD) and not before.endswith(("|", "\t")):
                continue
        found.append(m)
    if len(found) > 1 and all(m.group("bare") is not None for m in found):
        return []
    return found


def _lines(text: str, limit: int) -> list[tuple[int, int]]:
    out = []
    pos = 0
    while pos <= len(text) and len(out) < limit:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        out.append((pos, end))
        if nl < 0:
            break
        pos = nl + 1
    return out


_MOTTO = re.compile(r"cộng hòa xã hội|đảng cộng sản việt nam|độc lập\s*[-–]\s*tự do")


def document_start(pt: Text, after: int) -> int:
    """Where the copied document begins after the page's own matter: past the metadata block and
    past any prose the page puts before the header (a summary, a lead), up to the motto."""
    motto = _MOTTO.search(pt.folded, after, min(len(pt.folded), after + 5000))
    if motto is None:
        return after
    start = after
    for a, b in _lines_between(pt.text, after, motto.start()):
        s = pt.text[a:b].strip()
        if len(s) > 140 or (len(s) > 60 and not is_upper_line(s) and s.endswith(".")):
            start = b
    return start


def _lines_between(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    pos = a
    while pos < b:
        nl = text.find("\n", pos, b)
        end = b if nl < 0 else nl
        out.append((pos, end))
        pos = end + 1
    return out


# --- announcements -----------------------------------------------------------------------------

# "Công điện khẩn số 13/CĐ-UBND", "Công văn hỏa tốc về việc ...", "ban hành hỏa tốc Chỉ thị số 25":
# the urgency mark beside the type name (M.URGENCY_MARKS); "Kế hoạch khẩn cấp ...", "khẩn trương"
# are words of the subject (M.URGENCY_COMPOUNDS), no mark.
_URGENCY_ALT = (
    rf"(?:{alternation(fold(m) for m in M.URGENCY_MARKS)})"
    rf"(?![\wđ])(?![ \t]+(?:{alternation(M.URGENCY_COMPOUNDS)})(?![\wđ]))"
)
_URGENCY = re.compile(rf"[ \t]+{_URGENCY_ALT}")
_NUMBERED_VERBS = {fold(v) for v in P.NUMBERED_ANNOUNCE_VERBS}
_PUBLISH_VERBS = {fold(v) for v in P.PUBLISH_VERBS}
_ADOPT_VERBS = {fold(v) for v in P.ADOPT_VERBS}
_VERB_ALT = alternation(sorted({fold(v) for v in P.ANNOUNCE_VERBS} | _NUMBERED_VERBS | _PUBLISH_VERBS))
_ANNOUNCE = re.compile(
    rf"(?<![\wđ])(?P<verb>{_VERB_ALT})\s+(?:{_URGENCY_ALT}\s+)?(?P<type>{TYPE_NAME_ALT}|{alternation(P.GENERIC_TYPE_NAMES)})(?![\wđ])"
)
# "Đó là chỉ đạo của UBND tỉnh đối với ... tại Công văn số ...": whose word, then the document (P.THAT_IS_NOUNS).
_THAT_IS = re.compile(
    rf"(?<![\wđ])(?:đó|đây) là[ \t]+(?:{alternation(P.THAT_IS_NOUNS)})(?:[ \t]+chính)?(?:[ \t]+của[ \t]+(?P<body>[^.;\n]{{3,250}}?))?"
    rf"[ \t]+(?:tại|trong)[ \t]+(?P<type>{TYPE_NAME_ALT})(?![\wđ])"
)
# A page's title line may open with a mark or a pictogram before the type name ("🎯 Chỉ thị số ...", "► Kế hoạch ...").
_TITLE_LINE = re.compile(rf"[^\w\n]*(?P<type>{TYPE_NAME_ALT})(?![\wđ])")
# "Công văn số 73/TTg-CN"; a press lead may put the number in brackets: "Công văn (số 73/TTg-CN)".
_NUMBER = re.compile(r"[ \t]*(?P<bracket>\([ \t]*(?=số|Số|SỐ))?(?:số|Số|SỐ)?[ \t]*:?[ \t]*")
_DAY_MONTH_AFTER = re.compile(r"(?P<d>\d{1,2})[ \t]*/[ \t]*(?P<m>\d{1,2})(?![\d/])")
# "Công văn số 468", and the press's short name "Chỉ thị 03", "Kết luận 177" (no "số"; a year is no
# number of a document: "Kế hoạch 2025"): a number without its symbol.
_BARE_NUMBER = re.compile(r"[ \t]*(?:(?:số|Số)[ \t]*:?[ \t]*\d{1,5}|(?!(?:19|20)\d\d(?!\d))\d{1,4})(?![\d/\w])")
_SHORT_NAME = re.compile(P.SHORT_NAME_BRACKET.format(types=TYPE_NAME_ALT))
_DATE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:ban hành\s+)?(?:ngày|Ngày)?[ \t]*")
_OF_BODY = re.compile(r"[ \t]*,?[ \t]*(?:của|CỦA)[ \t]+")
# The body's term ("Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện ..."): the name ends before it.
_BODY_STOP = re.compile(
    rf"\s+(?i:khóa|khoá)\s+[IVXLC]+(?![\w])|\s+(?i:đối với|về|v/v|nhằm|để|với|quy định|hướng dẫn)\s|\s+(?:{alternation(P.SUBJECT_VERBS)})\s|[,;:\n]|\.(?:\s|$)"
)
# A second issuer after the first, before the subject: "Kết luận số 150-KL/TW của Bộ Chính trị, Ban
# Bí thư về ..." (a document the Politburo and the Secretariat issue together), in a headline in
# capitals too ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ ...").
_CO_ISSUER = re.compile(r"[ \t]*,[ \t]*(?P<body>[^,.;:\n]{3,60}?)(?=[ \t]+(?i:về|v/v)[ \t])")
_SENTENCE_END = re.compile(r"(?<!\bTP)(?<!\bTp)\.(?=\s+[A-ZĐÀ-Ỹ\"“]|\s*$)|\n|;")
_LEAD_CHARS = 1800  # the lead of a news page: the announcing sentence stands in it
_TITLE_LINES = 3  # the page's title line is among its first non-empty lines


@dataclass
class Announcement:
    doc_type: str
    type_start: int
    symbol: object = None  # extractors.symbols.Symbol
    date: str | None = None
    date_span: tuple[int, int] | None = None
    issuer: str | None = None
    issuer_span: tuple[int, int] | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    numbered: bool = False  # "Công điện số 173": a number without its symbol


def find_announcement(pt: Text, start: int = 0) -> Announcement | None:
    """The one document a news page announces, by its lead or its title line; None when the
    page announces none (it reports on work done, or says nothing of a document)."""
    found = _find_announcement(pt, start)
    if found is not None and _among_teasers(pt, start, found.type_start):
        return None
    if found is not None and found.issuer is not None:
        found.issuer = without_initials(found.issuer)  # its span still covers the name as printed
    return found


def _among_teasers(pt: Text, start: int, at: int) -> bool:
    """The announcing paragraph is one teaser of a tag or category page: two other paragraphs of the
    lead window open with their own day (P.TEASER_LEAD), each another news item."""
    text = pt.text
    end = min(len(text), start + _LEAD_CHARS)
    own = text.rfind("\n", start, at) + 1
    others = [m for m in P.TEASER_LEAD.finditer(text, start, end) if m.start() != own and not (own <= m.start() < at)]
    return len(others) >= P.TEASERS_BESIDES


def without_initials(name: str) -> str:
    """A body's name without the short form the press brings in after its words in brackets
    (P.INITIALS_BRACKET): "Ủy ban nhân dân (UBND) tỉnh Long An" -> "Ủy ban nhân dân tỉnh Long An",
    "Hội Nông dân tỉnh (Hội) Quảng Bình" -> "Hội Nông dân tỉnh Quảng Bình"."""
    for m in reversed(list(P.INITIALS_BRACKET.finditer(name))):
        words = [w for w in re.findall(r"[^\W\d_]+", name[: m.start()]) if w.lower() not in P.INITIALS_SKIPPED]
        if _short_form_of(m.group("abbr").split(), words):
            name = name[: m.start()] + name[m.end() :]
    return name


def _initials(words: list[str]) -> str:
    return "".join(unicodedata.normalize("NFD", w[0])[0].upper() for w in words)


def _short_form_of(tokens: list[str], words: list[str]) -> bool:
    """Whether the bracketed ``tokens`` shorten the name whose ``words`` precede them: the initials
    of its last words ("UBND"), or its first words kept whole with, at most, the initials of the
    words after them ("Hội", "Hội CCB")."""
    if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) >= 2:
        abbr = tokens[0]
        if len(words) >= len(abbr) and _initials(words[-len(abbr) :]) == abbr:
            return True
    for kept in range(len(tokens), 0, -1):
        if [fold(t) for t in tokens[:kept]] != [fold(w) for w in words[:kept]]:
            continue
        rest = tokens[kept:]
        if not rest:
            return len(words) > kept
        if len(rest) == 1 and rest[0].isupper() and len(rest[0]) >= 2:
            abbr = rest[0]
            return _initials(words[kept : kept + len(abbr)]) == abbr
    return False


def _find_announcement(pt: Text, start: int = 0) -> Announcement | None:
    end = min(len(pt.text), start + _LEAD_CHARS)
    published = P.PUBLISHED_TEXT.search(pt.text, start, end)
    if published:
        end = published.start()  # "giới thiệu toàn văn bài phát biểu ...": the text below is that speech
    letter = P.LETTER_SALUTATION.search(pt.folded, start, end)
    if letter is not None:
        end = letter.start()  # the text from its salutation on is a letter's own, which cites
    matches = list(_ANNOUNCE.finditer(pt.folded, start, end))
    that_is = _THAT_IS.search(pt.folded, start, end)
    if that_is is not None and (not matches or that_is.start("type") <= matches[0].start("type")):
        found = _whose_word(pt, start, that_is)
        if found is not None:
            return found
    passive = _passive(pt, start, end)
    for i, m in enumerate(matches):
        if passive is not None and passive.type_start < m.start():
            return passive
        found = _announced_by(pt, start, m)
        if found is None:
            continue
        if found.symbol is not None:
            _complete_from_restatement(pt, start, found, matches[i + 1 :])
        else:
            found = _numbered_statement(pt, start, found, m.group("type"), matches[i + 1 :]) or found
            if found.symbol is None:
                _restated_number(pt, found, m.end(), end)
        _title_from_headline(pt, start, found)
        return found
    if passive is not None:
        return passive
    title_line = _title_line(pt, start)
    if title_line is not None:
        return title_line
    return (_attachment(pt, start) or _guidance_by_its_verb(pt, start, end) or _told_by_its_content(pt, start, end)
            or _named_after_its_act(pt, start, end))


_ACT_VERB = re.compile(rf"(?<![\wđ])(?:{alternation(P.ACT_VERBS)})(?![\wđ])")
_THIS_TYPE = re.compile(rf"[ \t]*(?P<type>{TYPE_NAME_ALT})[ \t]+này(?![\wđ])")


def _named_after_its_act(pt: Text, start: int, end: int) -> Announcement | None:
    """"Tỉnh X vừa thành lập Tổ công tác ... Quyết định này ...": the opening paragraph tells a
    document by its act, the next sentence names it by type (P.ACT_VERBS). Unnumbered; its body
    when the subject before the verb is one."""
    text = pt.text
    for line in _opening_paragraphs(text, start, end):
        stop = _SENTENCE_END.search(text, line, end)
        if stop is None or text[stop.start()] != ".":
            continue
        verb = _ACT_VERB.search(pt.folded, line, stop.start())
        nxt = _THIS_TYPE.match(pt.folded, stop.end())
        if verb is None or nxt is None:
            continue
        found = Announcement(CODE_OF_NAME[nxt.group("type")], nxt.start("type"))
        who = _subject(pt, line, verb.start())
        if who is not None:
            found.issuer, found.issuer_span = who
        return found
    return None


_CONTENT_LEAD = re.compile(rf"[ \t]*(?:{alternation(P.CONTENT_LEADS)})[ \t]+(?P<type>{TYPE_NAME_ALT}|văn bản)[ \t]+(?=số|\d)")
_DEMAND_VERB = re.compile(rf"[ \t]+(?P<verb>{alternation(P.CONTENT_DEMAND_VERBS)})(?![\wđ])")
_TRAILING_DATE = re.compile(r"[ \t,]+(?:ngày|Ngày)[ \t]*(?P<date>\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]*/[ \t]*(?:19|20)\d{2})[ \t]*$")
_HEADLINE_CHARS = 200  # a headline above the lead: one short line


def _opening_paragraphs(text: str, start: int, end: int) -> list[int]:
    """Where the page's first paragraph starts, and the second when the first is a headline."""
    starts: list[int] = []
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[start:end]):
        starts.append(start + m.start())
        line = m.group(0).strip()
        if len(starts) == 2 or len(line) > _HEADLINE_CHARS or line.endswith("."):
            break
    return starts


def _told_by_its_content(pt: Text, start: int, end: int) -> Announcement | None:
    """"Tại văn bản số 2128 ngày 9/5/2018 về việc ..., Chủ tịch UBND tỉnh X yêu cầu ...": a page that
    opens with what one document asks announces it (P.CONTENT_LEADS); its issuer is the subject of
    the demand. A "văn bản" that demands is a letter (công văn)."""
    text = pt.text
    for line in _opening_paragraphs(text, start, end):
        m = _CONTENT_LEAD.match(pt.folded, line, end)
        if m is None:
            continue
        stop = _SENTENCE_END.search(text, m.end(), end)
        stop = stop.start() if stop else end
        for comma in (i for i in range(m.end(), stop) if text[i] == ","):
            verb = _DEMAND_VERB.search(text, comma + 1, min(stop, comma + 160))  # in small letters: not "Ban Chỉ đạo"
            if verb is None or text.find(",", comma + 1, verb.start()) >= 0:
                continue  # no demand, or one of a later clause: the body starts after a later comma
            who = _subject(pt, comma + 1, verb.start())
            if who is None:
                continue
            name = m.group("type")
            found = _read_after(pt, name if name in CODE_OF_NAME else "công văn", m.start("type"), m.end("type"), line_end=comma)
            if found is None:
                return None
            if found.issuer is not None and fold(found.issuer) != fold(who[0]):
                return None  # "Theo Kế hoạch số 12 của UBND tỉnh, UBND huyện yêu cầu ...": work under another's document
            late = _TRAILING_DATE.search(text, m.end(), comma)
            if found.date is None and late:
                value = dates.first_date(late.group("date"))
                if value:
                    found.date, found.date_span = value, (late.start("date"), late.end("date"))
                if found.title_span and found.title_span[1] > late.start():
                    title = text[found.title_span[0] : late.start()].rstrip(" ,")
                    found.title, found.title_span = squash(title), (found.title_span[0], found.title_span[0] + len(title))
            if _head_code_fits(who[0], found.symbol):
                found.issuer, found.issuer_span = who  # else the symbol's code may name it (a notice of the Government Office)
            return found
        return None
    return None


def _whose_word(pt: Text, start: int, m: re.Match[str]) -> Announcement | None:
    """"Đó là chỉ đạo của UBND tỉnh đối với ... tại Công văn số 4079/UBND-KT ...": the document after
    "tại", issued by the body whose word the lead says it is (when the document names none)."""
    if _cited_subject(pt, start, m.start()):
        return None
    found = _read_after(pt, m.group("type"), m.start("type"), m.end("type"))
    if found is None or (found.symbol is None and not found.numbered):
        return None
    if found.issuer is None and m.group("body"):
        raw = pt.text[m.start("body") : m.end("body")]
        stop = _BODY_STOP.search(raw)
        body = clean_body(raw[: stop.start()] if stop else raw)
        if body and starts_with_body(body) and len(body) < 120:
            found.issuer, found.issuer_span = body, (m.start("body"), m.start("body") + len(body))
    return found


_VERB_IN_SUBJECT = re.compile(rf"(?<![\wđ])(?:có|ban hành|{TYPE_NAME_ALT}|văn bản)(?![\wđ])")


def _guidance_by_its_verb(pt: Text, start: int, end: int) -> Announcement | None:
    """"<body> hướng dẫn việc tổ chức ...": a sentence of the lead whose body issues a guidance, or
    a notice ("<body> thông báo về việc ..."): the verb that is the type's own word (P.TYPE_VERBS)."""
    text = pt.text
    verbs = sorted(((m, code) for pattern, code in P.TYPE_VERBS for m in pattern.finditer(text, start, end)), key=lambda x: x[0].start())
    for m, code in verbs:
        sentence = _sentence_start(text, start, m.start())
        if P.PERIOD_REVIEWED.match(pt.folded[sentence : m.start()].lstrip()):
            continue  # "Năm 2024, Ban Thường vụ đã quyết định thành lập ...": work done in a period reviewed
        raw = P.SUBJECT_TAIL.sub("", text[sentence : m.start()].rstrip())
        lead = P.SUBJECT_LEAD.match(raw.lstrip())
        offset = sentence + (len(raw) - len(raw.lstrip())) + (lead.end() if lead else 0)
        body = clean_body(text[offset : sentence + len(raw)])
        if body and not starts_with_body(body):
            if find_symbols(text, sentence, m.start()):
                continue  # "Tại Quyết định số 41-QĐ/TU, Ban Thường vụ quyết định ...": the document is named there
            offset, body = _body_at_end(pt, offset, sentence + len(raw))  # "Căn cứ Luật ... năm 2015 UBND xã X quyết định ..."
        if not body or not starts_with_body(body) or len(body) > 120 or _names_person(body):
            continue
        if code == "QĐ" and P.DECIDING_NOT.match(body):
            continue
        if _VERB_IN_SUBJECT.search(fold(body)):
            continue  # "... đã có văn bản hướng dẫn ...": a document word stands before, told elsewhere
        title = _subject_title(text, m.end(), min(end, m.end() + 600))
        if title is None:
            continue
        at = text.find(body, offset, m.start())
        found = Announcement(code, m.start(), issuer=body, issuer_span=(at, at + len(body)))
        found.title, found.title_span = title
        return found
    return None


def _body_at_end(pt: Text, a: int, b: int) -> tuple[int, str | None]:
    """The body that ends an opening phrase which lost its comma ("Căn cứ Luật Bầu cử ngày 25 tháng 6
    năm 2015 UBND xã X"): the first word from which the rest up to ``b`` is one body's whole name."""
    text = pt.text
    cited = list(dates.FULL_DATE.finditer(text, a, b))
    a = cited[-1].end() if cited else a  # the phrase often ends with the date it cites
    for w in re.finditer(r"(?<!\S)\S", text[a:b]):
        at = a + w.start()
        rest = text[at:b].rstrip()
        if starts_with_body(rest) and body_end(fold(rest), 0, len(rest), rest) >= len(rest) - 1:
            return at, clean_body(rest)
    return a, None


# The next member of a list of numbered documents: "; Công điện số 04/CĐ-UBND", "và Kế hoạch số 22/KH-SYT".
_LISTED_NEXT = re.compile(
    rf"[ \t]*(?:{alternation(fold(j) for j in P.LIST_JOINERS)})[ \t]*(?:{TYPE_NAME_ALT})[ \t]*(?:số[ \t]*:?[ \t]*)?(?=\d)"
)


def _lists_documents(pt: Text, found: Announcement) -> bool:
    """The verb's object goes on to another numbered document after this one's subject: a list of
    what was issued (P.LIST_JOINERS), not the announcement of one document."""
    ends = {found.date_span[1] if found.date_span else found.symbol.end}
    if found.title_span:
        ends.add(found.title_span[1])
    for end in ends:
        m = _LISTED_NEXT.match(pt.folded, end, min(len(pt.text), end + 80))
        if m is not None and find_symbols(pt.text, m.end(), min(len(pt.text), m.end() + 60)):
            return True
    return False


_SENT_TYPES = set(P.SENT_TYPES)
_SENT_VERBS = {fold(v) for v in P.SENT_VERBS}
_LISTING_SUBJECTS = {fold(w) for w in P.LISTING_SUBJECTS}


def _sent(pt: Text, m: re.Match[str], found: Announcement) -> bool:
    """"có công điện gửi ... về việc ...": a letter or dispatch had by sending it (P.SENT_NEXT)."""
    if m.group("verb") not in _SENT_VERBS or found.doc_type not in _SENT_TYPES:
        return False
    return P.SENT_NEXT.match(pt.text, m.end("type")) is not None


def _listing_subject(pt: Text, start: int, verb: int) -> bool:
    """The verb's clause has a listing word for subject ("Trong đó có ...", P.LISTING_SUBJECTS)."""
    text = pt.text
    clause = max(_sentence_start(text, start, verb), *(text.rfind(ch, start, verb) + 1 for ch in ",;:(\n"))
    words = fold(text[clause:verb]).strip(" \t,.")
    words = re.sub(r"\s+(?:đã|vừa|cũng)$", "", words)
    return words in _LISTING_SUBJECTS


def _cited_subject(pt: Text, start: int, verb: int) -> bool:
    """"Nghị quyết số 138/NQ-CP ngày 16/5/2025 của Chính phủ ban hành Kế hoạch hành động ...": the
    verb's subject is a cited document (its number stands in the clause before the verb), which
    issued the other one; a citation, not the page's news of an issue."""
    text = pt.text
    clause = max(_sentence_start(text, start, verb), *(text.rfind(ch, start, verb) + 1 for ch in ",;:(\n"))
    return bool(find_symbols(text, clause, verb))


# An unnumbered type name in lower case (a kind of document, not one named) whose object goes on to
# another type name after a comma or "và": a report listing kinds of documents issued ("ban hành quy chế
# làm việc, chương trình hành động ..."), no one document. A capitalized one ("Quyết định về việc thành
# lập Tổ công tác ... hỗ trợ doanh nghiệp, dự án đầu tư") names a document whose subject may hold such
# words; there only the same type again lists several ("Nghị quyết về ... và Nghị quyết về ...").
_KINDS_LISTED = re.compile(rf"(?:,|;|[ \t]và)[ \t]+(?P<type>{TYPE_NAME_ALT})(?![\wđ])")


def _lists_kinds(pt: Text, m: re.Match[str], found: Announcement) -> bool:
    """The object goes on to another type name (_KINDS_LISTED): any, after a type name in lower case;
    the same type, after a capitalized one ("thông qua Nghị quyết về ... và Nghị quyết về ...")."""
    for listed in _KINDS_LISTED.finditer(pt.folded, *found.title_span):
        if pt.text[m.start("type")].islower() or CODE_OF_NAME.get(listed.group("type")) == found.doc_type:
            return True
    return False


def _announced_by(pt: Text, start: int, m: re.Match[str], restating: bool = False) -> Announcement | None:
    """The document an announcing verb's sentence tells of, or None (``restating``: the lead's own
    document told again, so its number stands above)."""
    if _in_clause_of_time(pt, start, m.start()) or _cited_subject(pt, start, m.start()):
        return None
    if P.NOT_YET_ISSUED.search(pt.folded, max(start, m.start() - 20), m.start()):
        return None  # "Tờ trình ... về ban hành Nghị quyết ...": an issue proposed, not done
    found = _read_after(pt, m.group("type"), m.start("type"), m.end("type"))
    if found is None or (found.symbol is None and m.group("verb") in _PUBLISH_VERBS):
        return None
    if m.group("verb") in _ADOPT_VERBS and found.doc_type not in P.ADOPTED_TYPES:
        return None  # "Hội nghị thông qua Kế hoạch ...": a draft approved, not an act adopted
    if found.symbol is None and not found.numbered and found.title_span and _lists_kinds(pt, m, found):
        return None  # "kịp thời ban hành quy chế làm việc, chương trình hành động ...": kinds of documents issued, none named
    if found.symbol is None and not found.numbered and m.group("verb") in _NUMBERED_VERBS and not _sent(pt, m, found):
        return None  # "có kế hoạch ...": having a plan; "ký Công điện số 173 ...": a number, a document
    if m.group("verb") in _NUMBERED_VERBS and _listing_subject(pt, start, m.start()):
        return None  # "Trong đó có Nghị quyết số ...": one of the documents the lead has counted
    if found.symbol is not None and _lists_documents(pt, found):
        return None
    if found.symbol is not None and not restating and _cited_before(pt, start, m.start(), found.symbol.text):
        return None  # cited before the sentence that tells it was issued: the page reports on work under it
    # A page publishing the text names itself as the subject: not the issuer, nor its date.
    subject = None if m.group("verb") in _PUBLISH_VERBS else _subject(pt, start, m.start())
    said = subject  # who the sentence says signed: its date stands before it, issuer or not
    if subject is not None and not _head_code_fits(subject[0], found.symbol):
        subject = None
    if subject is not None and found.issuer is None:
        found.issuer, found.issuer_span = subject[0], subject[1]
    if found.date is None and m.group("verb") not in _PUBLISH_VERBS:
        at = said[1][0] if said else m.start()
        before = _date_before(pt, start, at)
        if before is None and said is not None:
            # the body read inside the official's post ("Ngày 8/7/2024, Phó Thủ tướng ... đã ký",
            # "Chiều nay 8/10/2020, Giám đốc Sở ... đã ký"): the date stands before the clause
            clause = max(pt.text.rfind(ch, start, at) for ch in ",;:\n") + 1
            before = _date_before(pt, start, clause) if clause > start else None
        if before:
            found.date, found.date_span = before
    return found


def _complete_from_restatement(pt: Text, start: int, found: Announcement, later: list[re.Match[str]]) -> None:
    """A news lead states the document twice, the summary (sapo) short and the body in full:
    "Thường trực Ban Bí thư ký ban hành Kết luận số 185-KL/TW về ...", then "Thay mặt Bộ Chính trị,
    ... ký ban hành Kết luận số 185-KL/TW, ngày 22/8/2025 về ...". The restatement of the same number
    gives the date the summary left out, and the body signed for (T/M, Decree 30/2020, Guidance
    36-HD/VPTW) over the official who signed."""
    for m in later:
        again = _announced_by(pt, start, m, restating=True)
        if again is None or again.symbol is None or again.symbol.text != found.symbol.text:
            continue
        if found.date is None and again.date is not None:
            found.date, found.date_span = again.date, again.date_span
        sentence = _sentence_start(pt.text, start, m.start())
        behalf = next(reversed(list(P.ON_BEHALF.finditer(pt.text, sentence, m.start()))), None)
        if behalf is not None and again.issuer is not None and behalf.start("body") <= again.issuer_span[0] < again.issuer_span[1] <= behalf.end():
            found.issuer, found.issuer_span = again.issuer, again.issuer_span
        return


def _numbered_statement(pt: Text, start: int, found: Announcement, type_name: str, later: list[re.Match[str]]) -> Announcement | None:
    """A headline or summary names the document without its number ("Thanh Hóa ban hành Kế hoạch
    hành động ..."); the lead below states it with its number, either as the same type ("UBND tỉnh
    ban hành Kế hoạch số 12/KH-UBND ...") or as the decision that issues it ("... ký Quyết định số
    208/QĐ-UBND về việc ban hành Kế hoạch ...": Decree 30/2020 issues plans, programmes and
    regulations with a decision). The numbered statement is the document the page announces; the
    first numbered one only, a later one may be another document the lead cites.
    Without a number anywhere, a headline that names a place where the issuer stands ("Hà Nội ban
    hành công điện khẩn ...") gives way to the lead's first statement of the same type that names
    its issuer ("Chủ tịch UBND TP Hà Nội đã ký ban hành Công điện khẩn ... về việc ...")."""
    named = None
    for m in later:
        again = _announced_by(pt, start, m)
        if again is None:
            continue
        if again.symbol is None:
            if named is None and found.issuer is None and again.issuer is not None and again.doc_type == found.doc_type:
                named = again
            continue
        issues_it = again.doc_type == "QĐ" and again.title is not None and _ISSUES.match(fold(again.title), 0) is not None
        if again.doc_type != found.doc_type and not (issues_it and fold(again.title).find(type_name) >= 0):
            return None
        if again.issuer is None and found.issuer is not None:
            again.issuer, again.issuer_span = found.issuer, found.issuer_span
        if again.date is None and found.date is not None:
            again.date, again.date_span = found.date, found.date_span
        return again
    return named


_RESTATED = re.compile(
    rf"(?:^|(?<=\n)|(?<=\. ))[ \t]*(?:{alternation(P.RESTATING_LEADS)})[ \t]+(?P<type>{TYPE_NAME_ALT})[ \t]+(?:số|Số)?[ \t]*:?[ \t]*(?=\d)",
    re.I,
)
_RESTATE_CHARS = 600  # the number stands in the sentences right after the lead's


def _restated_number(pt: Text, found: Announcement, at: int, end: int) -> None:
    """The lead names the document without its number; a sentence right after restates it with
    its number (P.RESTATING_LEADS): "Tại Quyết định số 497/QĐ-UBND ngày 31/12/2025 ...". The first
    numbered citation of the same type only, with no body of its own ("... của UBND tỉnh": another
    document), and of the lead's date when the lead gives one."""
    text = pt.text
    for m in _RESTATED.finditer(pt.folded, at, min(end, at + _RESTATE_CHARS)):
        if CODE_OF_NAME.get(m.group("type")) != found.doc_type:
            continue
        symbols = find_symbols(text, m.end(), min(len(text), m.end() + 60))
        if not symbols or symbols[0].start != m.end() or symbols[0].doc_type not in (found.doc_type, None):
            return
        pos, date, date_span = symbols[0].end, None, None
        dm = _DATE_AFTER.match(text, pos, end)
        date_m = dates.FULL_DATE.match(text, dm.end(), end)
        if date_m and _date_value(date_m):
            date, date_span, pos = _date_value(date_m), (date_m.start(), date_m.end()), date_m.end()
        if _OF_BODY.match(text, pos, end):
            return  # "Theo Kế hoạch số 20/KH-UBND ngày ... của UBND tỉnh": the document it carries out
        if found.date is not None and date is not None and date != found.date:
            return
        found.symbol = symbols[0]
        if found.date is None and date is not None:
            found.date, found.date_span = date, date_span
        return


# The subject of a decision that issues another document: "(về việc) ban hành Kế hoạch ...".
_ISSUES = re.compile(rf"(?:về việc\s+|v/v\s+)?(?:ban hành|phê duyệt)\s+(?:{TYPE_NAME_ALT})(?![\wđ])")


_SENTENCE_TYPE = re.compile(rf"(?:^|(?<=\n)|(?<=\. ))[ \t]*(?P<type>{TYPE_NAME_ALT})(?![\wđ])")


def _passive(pt: Text, start: int, end: int) -> Announcement | None:
    """A sentence opening with the document, who issued it after "do": "Kế hoạch do Phó Chủ tịch
    UBND tỉnh ... ký ban hành, ...". The issuer is the body, the official's post tells which."""
    text = pt.text
    for m in _SENTENCE_TYPE.finditer(pt.folded, start, end):
        found = Announcement(CODE_OF_NAME[m.group("type")], m.start("type"))
        pos = m.end("type")
        number = _NUMBER.match(text, pos, end)
        symbols = find_symbols(text, number.end(), min(end, number.end() + 60))
        if symbols and symbols[0].start == number.end():
            if symbols[0].doc_type not in (found.doc_type, "CV", None):
                continue
            found.symbol, pos = symbols[0], symbols[0].end
        by = P.PASSIVE_ISSUE.match(text, pos, end)
        if by is None:
            continue
        body = _body_of_signer(by.group("who"))
        if body is None:
            continue
        at = text.find(body, by.start("who"), by.end("who"))
        found.issuer, found.issuer_span = body, (at, at + len(body))
        pos = by.end()
        dm = _DATE_AFTER.match(text, pos, end)
        date_m = dates.FULL_DATE.match(text, dm.end(), end)
        if date_m and _date_value(date_m):
            found.date, found.date_span = _date_value(date_m), (date_m.start(), date_m.end())
            pos = date_m.end()
        if re.match(r"[ \t]*,?[ \t]*(?:về|v/v)\s", text[pos:end], re.I):
            title = _subject_title(text, pos, min(end, pos + 600))
            if title is not None:
                found.title, found.title_span = title
        return found
    return None


def _unit_at_end(units: tuple[str, ...]) -> re.Pattern[str]:
    """A unit word ending a text, with or without the dot of an abbreviation ("TP.", "TP")."""
    return re.compile(rf"(?<![\wđ])(?:{alternation(u.rstrip('.') for u in units)})\.?$", re.I)


# What stands before a person's name is a unit (then the "name" is its place) or a post: both
# readings of a name (_without_name, _head_post) ask it of the same table.
_UNIT_AT_END = _unit_at_end(M.ADMIN_UNITS)
_UNIT_NAMED_FOR_PERSON_AT_END = _unit_at_end(M.UNITS_NAMED_FOR_PERSONS)


def _body_of_official(who: str) -> str | None:
    """What an official named by post and name issues for: the head of a State body issues in
    his own name ("Chủ tịch UBND tỉnh", Decree 30/2020), a deputy (KT.) or a Party post signs for
    the body ("Phó Chủ tịch UBND tỉnh X" for "UBND tỉnh", "Bí thư Huyện ủy X" for "Huyện ủy")."""
    rest = _without_name(who)
    if P.HEAD_OF_STATE_BODY.match(rest) and starts_with_body(rest):
        return rest
    return _body_of_signer(rest)


def _without_name(who: str) -> str:
    """``who`` without the person's name that ends it. Right after a unit word two words are the
    unit's place ("UBND huyện Kim Sơn"), a full name has three or more ("UBND tỉnh Nguyễn Văn An")."""
    words = who.split()
    for k in (4, 3, 2):
        if len(words) > k and is_name_line(" ".join(words[-k:])):
            if k == 2 and _UNIT_AT_END.search(" ".join(words[:-k])):
                return who
            if _UNIT_NAMED_FOR_PERSON_AT_END.search(" ".join(words[:-k])):
                return who  # a place that bears a person's name ("phường Trần Hưng Đạo", "TP. Hồ Chí Minh")
            return " ".join(words[:-k])
    return who


def _body_of_signer(who: str) -> str | None:
    """The body in "Phó Chủ tịch UBND tỉnh Lê Văn An" (an official by post and name) or the body
    itself ("Ban Thường vụ Tỉnh ủy"); None when neither."""
    rest = _without_name(who)
    if P.PERSON_ADDRESS.match(rest):
        return None
    post = P.POST_OF_BODY.match(rest)
    if post:
        rest = rest[post.end() :]
    body = clean_body(rest)
    return body if body and starts_with_body(body) and len(body) <= 120 else None


def _cited_before(pt: Text, start: int, at: int, symbol: str) -> bool:
    """Whether the running text cites the document before ``at``; a headline naming it ("Kế hoạch
    số 57/KH-UBND về ...", a line without a sentence's end) only announces the lead below it."""
    for sym in find_symbols(pt.text, start, at):
        if sym.text != symbol:
            continue
        a = pt.text.rfind("\n", 0, sym.start) + 1
        b = pt.text.find("\n", sym.end)
        line = pt.text[a : b if b >= 0 else len(pt.text)].strip()
        if line.endswith((".", ";", ":")) or len(line) > 160:
            return True
    return False


def _in_clause_of_time(pt: Text, start: int, verb: int) -> bool:
    """"Sau khi Tỉnh ủy ban hành Chỉ thị ...": the sentence tells what came after the document."""
    stop = max((mm.end() for mm in _SENTENCE_END.finditer(pt.text, start, verb)), default=start)
    return P.AFTER_ISSUE.match(pt.folded[stop:verb].lstrip()) is not None


def _title_line(pt: Text, start: int) -> Announcement | None:
    seen = 0
    offered: set[str] | None = None  # symbols of the documents the page hands out
    for a, b in _lines_between(pt.text, start, min(len(pt.text), start + 1000)):
        if not pt.text[a:b].strip():
            continue
        seen += 1
        if seen > _TITLE_LINES:
            return None
        stamp = _PAGE_STAMP.match(pt.folded, a + len(pt.text[a:b]) - len(pt.text[a:b].lstrip()), b)
        m = _TITLE_LINE.match(pt.folded, stamp.end() if stamp else a, b)  # "date 2025-08-11 Thông báo số ..."
        if m is None:
            continue
        after = pt.text[m.end("type") : b]
        if seen == 1 and len(after.split()) >= 3 and is_upper_line(pt.text[a:b]) and not find_symbols(pt.text, a, b):
            # "KẾ HOẠCH TUYÊN TRUYỀN NHỮNG CHỦ ĐỀ LỚN ...": a listing that opens with the document's
            # own type and title in capitals on one line (no header above): the page is that document.
            title = squash(after).strip(" .:")
            t0 = pt.text.find(title[:10], m.end("type"), b)
            return Announcement(CODE_OF_NAME[m.group("type")], m.start("type"), title=title, title_span=(t0, t0 + len(title)))
        # Named: a number or "của <body>" right after the type name, not "Chương trình nghệ thuật ...".
        numbered = find_symbols(pt.text, m.end("type"), b) and re.match(r"\s*(?:số|Số|SỐ)?\s*:?\s*\d", after)
        if not numbered and not _OF_BODY.match(after):
            if _full_text_of(pt, start, m.group("type")):
                # "Nghị quyết Đại hội ..." over "... đăng toàn văn Nghị quyết ...": the page is the document.
                title = _subject_title(pt.text, m.end("type"), b)
                if title is not None:
                    return Announcement(CODE_OF_NAME[m.group("type")], m.start("type"), title=title[0], title_span=title[1])
            continue
        found = _read_after(pt, m.group("type"), m.start("type"), m.end("type"), line_end=b)
        if found is not None and found.symbol is not None:
            if offered is None:
                offered = {o.symbol.text for o in _offered(pt, start)}  # the page's, read once
            if len(offered) > 1 and found.symbol.text in offered:
                continue  # an item of a list of documents handed out, not the page's title
        if found is not None and (found.symbol is not None or found.issuer is not None):
            return found
    return None


def _title_from_headline(pt: Text, start: int, found: Announcement) -> None:
    """A lead that restates the document in short, below a headline that names it in full: the
    page's headline "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh X lần
    thứ XX, nhiệm kỳ 2025-2030" above "... ban hành Chương trình hành động thực hiện Nghị quyết Đại
    hội như sau:" (the short name the lead defined, "sau đây viết tắt là Nghị quyết Đại hội"). The
    headline's subject names in full what the lead's restates: it is the title, whole."""
    if not found.title or found.title_span is None or found.title_span[0] < 0:
        return
    short = fold(squash(found.title)).rstrip(" .:,")
    seen = 0
    for a, b in _lines_between(pt.text, start, min(len(pt.text), start + 1000)):
        if not pt.text[a:b].strip():
            continue
        seen += 1
        if seen > _TITLE_LINES or a >= found.type_start:
            return
        m = _TITLE_LINE.match(pt.folded, a, b)
        if m is None or CODE_OF_NAME.get(m.group("type")) != found.doc_type:
            continue
        after = pt.text[m.end("type") : b]
        full = squash(after).strip(" .:")
        if len(full) > len(short) + 3 and _names_in_full(fold(full), short):
            t0 = pt.text.find(full[:10], m.end("type"), b)
            if t0 >= 0:
                found.title, found.title_span = full, (t0, t0 + len(full))
            return


_WORDS = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")


def _names_in_full(full: str, short: str) -> bool:
    """Whether a headline's subject (folded) names in full what a lead's restates: it goes on from
    the lead's words, or opens with the same words and holds every word of the lead's, some moved
    ("... Đại hội đại biểu lần thứ I Đảng bộ thành phố, ..." / "... Đại hội đại biểu Đảng bộ thành
    phố X lần thứ I, ...")."""
    if full.startswith(short + " "):
        return True
    fw, sw = _WORDS.findall(full), _WORDS.findall(short)
    return len(sw) >= 4 and fw[:2] == sw[:2] and set(sw) <= set(fw)


def _full_text_of(pt: Text, start: int, type_name: str) -> bool:
    """Whether the lead says the page gives the full text of a document of this type."""
    lead = pt.folded[start : min(len(pt.folded), start + _LEAD_CHARS)]
    return any(f"{word} {type_name}" in lead for word in P.FULL_TEXT_WORDS)


def _attachment(pt: Text, start: int) -> Announcement | None:
    """"Các đơn vị tải Công văn số 319/VKS-VP tại đây": the document the page hands out. A page
    handing out several ("Thông tư số 55/2012/TT-BGDĐT ... xem tại đây", "Thông tư số 08/2015/...
    xem tại đây") is a list of documents, none of which it announces."""
    offered = _offered(pt, start)
    return offered[0] if len({found.symbol.text for found in offered}) == 1 else None


def _offered(pt: Text, start: int) -> list[Announcement]:
    found = []
    for sym in find_symbols(pt.text, start):
        type_m = re.search(rf"(?P<type>{TYPE_NAME_ALT})[ \t]*(?:số)?[ \t]*:?[ \t]*$", pt.folded[max(0, sym.start - 40) : sym.start])
        if type_m is None:
            continue
        type_start = max(0, sym.start - 40) + type_m.start("type")
        if P.ATTACHMENT_AFTER.match(pt.text, sym.end) is None and P.ATTACHMENT_BEFORE.search(pt.text[max(0, type_start - 30) : type_start]) is None:
            continue
        code = CODE_OF_NAME[type_m.group("type")]
        if sym.doc_type not in (code, "CV", None) and code != "CV":
            continue
        found.append(Announcement(code, type_start, symbol=sym))
    return found


def _read_after(pt: Text, type_name: str, type_start: int, pos: int, line_end: int | None = None) -> Announcement | None:
    """Type name [số SYMBOL] [ngày DATE] [của BODY] SUBJECT: what follows an announcing verb."""
    text = pt.text
    code = CODE_OF_NAME.get(type_name)  # None for "văn bản": the symbol's
    found = Announcement(code, type_start)
    limit = line_end if line_end is not None else min(len(text), pos + 600)
    urgency = _URGENCY.match(pt.folded, pos, limit)
    if urgency:
        pos = urgency.end()
    own = P.SUBJECT_IN_TYPE_NAME.get(type_name)
    if own is not None and not re.match(r"[ \t]*(?:số|Số|SỐ)?[ \t]*:?[ \t]*\d", text[pos:limit]):
        pos = type_start + len(own)  # "thông báo Kết luận của ...": the notice "Kết luận của ..."
    number = _NUMBER.match(text, pos, limit)
    symbols = find_symbols(text, number.end(), min(limit, number.end() + 60))
    if symbols and symbols[0].start == number.end():
        sym = symbols[0]
        if code is None:
            if sym.doc_type not in BY_CODE:
                return None
            code = found.doc_type = sym.doc_type
        also = P.ALSO_CODED.get(code, ()) if sym.style == "party" else ()
        if sym.doc_type not in (code, "CV", None, *also) and sym.style != "law":
            return None  # "ban hành Kế hoạch số 12/QĐ-UBND": the number is not the type's
        found.symbol = sym
        pos = sym.end
        if number.group("bracket") and text.startswith(")", pos):
            pos += 1
        short = _SHORT_NAME.match(pt.folded, pos, limit)
        if short:
            pos = short.end()  # "Quyết định số 304-QĐ/TW (Quyết định 304) về ...": the name it goes by
    elif code is None:
        return _by_purpose(pt, type_start, pos, limit)  # "vừa có văn bản hướng dẫn ...": no number
    else:
        bare = _BARE_NUMBER.match(text, pos, limit)
        if bare:
            pos = bare.end()  # "Công văn số 468": a number without its symbol, no symbol to give
            found.numbered = True
    dm = _DATE_AFTER.match(text, pos, limit)
    date_m = dates.FULL_DATE.match(text, dm.end(), limit) or P.MIXED_DATE.match(text, dm.end(), limit)
    day_month = None if date_m or not re.search(r"(?i:ngày)[ \t]*$", text[pos : dm.end()]) else _DAY_MONTH_AFTER.match(text, dm.end(), limit)
    if date_m:
        value = _date_value(date_m)
        if value:
            found.date, found.date_span = value, (date_m.start(), date_m.end())
        pos = date_m.end()
    elif day_month:
        # "Công điện số 173 ngày 26/9": a lead leaves out the year of the day it reports
        value = _in_posting_year(pt, 0, type_start, int(day_month.group("m")), int(day_month.group("d")))
        if value:
            found.date, found.date_span = value, (day_month.start(), day_month.end())
        pos = day_month.end()
    else:
        year = re.match(r"[ \t]*năm[ \t]+(?:19|20)\d{2}(?!\d)", text[pos:limit])  # a page title's "năm 2018"
        if year:
            pos += year.end()
    short = _SHORT_NAME.match(pt.folded, pos, limit) if found.date else None
    if short:
        pos = short.end()  # "Kết luận số 21-KL/TW ngày 5/3/2024 (gọi tắt là Kết luận 21) về ..."
    of = _OF_BODY.match(text, pos, limit)
    if of:
        stop = _BODY_STOP.search(text, of.end(), limit)
        body = clean_body(text[of.end() : stop.start() if stop else limit])
        if body and starts_with_body(body) and len(body) < 120:
            found.issuer, found.issuer_span = body, (of.end(), of.end() + len(body))
            pos = of.end() + len(body)
            co = _CO_ISSUER.match(text, pos, limit)
            if co and starts_with_body(co.group("body")):
                pos = co.end()  # "của Bộ Chính trị, Ban Bí thư về ...": issued jointly, the first one named
    title = _subject_title(text, pos, limit)
    if title is not None and found.symbol is None and P.COORDINATED.match(title[0]):
        return None  # "ban hành kế hoạch và tổ chức thực hiện": a phrase of work, no document named
    if title is not None and found.symbol is None:
        title = _number_in_brackets(pt, found, title)
    if title is not None and found.issuer is None and found.symbol is not None:
        title = _issuer_after_subject(pt, found, title)
    if title is not None:
        found.title, found.title_span = title
        word = P.GUIDANCE_WORD.match(title[0]) if (found.doc_type or code) == "HD" else None
        if word and len(title[0][word.end() :].split()) >= 3:
            found.title, found.title_span = title[0][word.end() :], (title[1][0] + word.end(), title[1][1])
    if found.symbol is None and found.title is None:
        return None  # "ban hành Kế hoạch" and nothing to tell which: not an announcement
    return found


_NUMBER_IN_BRACKETS = re.compile(rf"[ \t]*\([ \t]*(?P<type>{TYPE_NAME_ALT})[ \t]+(?:số[ \t]*:?[ \t]*)?(?=\d)[^()\n]{{1,40}}\)$")


def _number_in_brackets(pt: Text, found: Announcement, title: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """"Kế hoạch tổ chức Lễ phát động ... (Kế hoạch số 08/KH-UBND)": the press gives the number in
    brackets after the subject; the same type's number is the document's, and no part of the subject."""
    a, b = title[1]
    m = _NUMBER_IN_BRACKETS.search(pt.folded, a, b)
    if m is None or CODE_OF_NAME.get(m.group("type")) != found.doc_type:
        return title
    symbols = find_symbols(pt.text, m.start("type"), b)
    if not symbols or symbols[0].doc_type not in (found.doc_type, None):
        return title
    found.symbol = symbols[0]
    subject = squash(pt.text[a : m.start()]).strip(" ,.:;")
    return (subject, (a, a + len(pt.text[a : m.start()].rstrip(" ,.:;")))) if len(subject.split()) >= 3 else None


_OF_BODY_THEN_PREDICATE = re.compile(
    rf"[ \t]+của[ \t]+(?P<body>[^,;.\n]{{3,120}}?)[ \t]+(?:(?:đã|vừa|cũng)[ \t]+)?(?P<verb>{alternation(P.PREDICATE_VERBS)})(?![\wđ])"
)


def _issuer_after_subject(pt: Text, found: Announcement, title: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """"Chỉ thị số 1112/CT-BGDĐT về việc ... của Bộ Giáo dục và Đào tạo xác định ...": the body named
    after the subject, before what the document does (P.PREDICATE_VERBS), issued it; the subject
    ends before it. Not when another document is named in the subject (its "của" may be that one's)."""
    text = pt.text
    a, b = title[1]
    for m in _OF_BODY_THEN_PREDICATE.finditer(pt.folded, a, b):
        if not text[m.start("verb")].islower():
            continue
        body = clean_body(text[m.start("body") : m.end("body")])
        if not body or not starts_with_body(body) or re.search(rf"(?<![\wđ])(?:{TYPE_NAME_ALT})(?![\wđ])", pt.folded[a : m.start()]):
            return title
        found.issuer, found.issuer_span = body, (m.start("body"), m.start("body") + len(body))
        subject = squash(text[a : m.start()]).strip(" ,.:;")
        return (subject, (a, a + len(text[a : m.start()].rstrip(" ,.:;")))) if len(subject.split()) >= 3 else None
    return title


_PURPOSE = re.compile(r"[ \t]+(?P<purpose>" + alternation(fold(p) for p, _ in P.GENERIC_TYPE_PURPOSES) + r")(?![\wđ])")
_PURPOSE_CODE = {fold(p): code for p, code in P.GENERIC_TYPE_PURPOSES}


def _by_purpose(pt: Text, type_start: int, pos: int, limit: int) -> Announcement | None:
    """"văn bản hướng dẫn ..." / "văn bản đề nghị ...": the type its purpose gives, or None. A
    guidance's subject is its title; a letter's is not what the lead says it asks."""
    m = _PURPOSE.match(pt.folded, pos, limit)
    if m is None:
        return None
    found = Announcement(_PURPOSE_CODE[m.group("purpose")], type_start)
    if found.doc_type == "HD":
        title = _subject_title(pt.text, m.start("purpose"), limit)
        if title is None:
            return None
        found.title, found.title_span = title
    return found


_ADDRESSING = re.compile(rf"(?:{alternation(P.ADDRESSING_VERBS)})[ \t]", re.I)


def _addressee_follows(text: str, stop: re.Match[str], limit: int) -> bool:
    """A semicolon that the next addressee's name follows (P.ADDRESSING_VERBS)."""
    if stop.group(0) != ";":
        return False
    nxt = text[stop.end() : min(limit, stop.end() + 80)].lstrip()
    return starts_with_body(nxt)


# A subject the press quotes whole: "về “Xây dựng thí điểm phường kiểu mẫu”, thời gian ...".
_QUOTED_SUBJECT = re.compile(r"(?:(?:về việc|về|v/v|V/v|Về việc|Về)[ \t]+)?(?:“[^”\n]{3,300}”|\"[^\"\n]{3,300}\")")
# The time a page was posted, after its headline on the same line: "03/02/2026 11:08".
_POSTED_AT_END = re.compile(r"[ \t]+\d{1,2}/\d{1,2}/(?:19|20)\d{2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*$")
# The short name the press brings in after the subject for what the document sets up, in brackets,
# words of the subject itself: "phê duyệt Quy hoạch bảo vệ môi trường ... (Quy hoạch)".
_SHORT_NAME_AT_END = re.compile(r"[ \t]*\((?:gọi tắt là[ \t]+|sau đây gọi là[ \t]+)?(?P<name>[A-ZĐÀ-Ỹ][^()\n]{1,40})\)[ \t]*[.,;]?[ \t]*$")


def _subject_title(text: str, pos: int, limit: int) -> tuple[str, tuple[int, int]] | None:
    m = re.compile(r"[ \t]*[,:]?[ \t]*").match(text, pos, limit)
    start = m.end()
    conveyed = P.CONVEYING.match(text[start:limit])
    if conveyed:
        start += conveyed.end()  # the addressees' semicolons end no subject
    stop = _SENTENCE_END.search(text, start, limit)
    addressing = _ADDRESSING.match(text, start, limit) is not None
    while stop and (P.SUBJECT_GOES_ON.match(text, stop.start(), limit) or (addressing and _addressee_follows(text, stop, limit))):
        stop = _SENTENCE_END.search(text, stop.end(), limit)  # "...; tổ chức đợt cao điểm ...": one summary
    end = stop.start() if stop else limit
    clause = P.SUBJECT_CLAUSE.search(text, start, end) or P.PASSIVE_TAIL.search(text, start, end)
    clause = clause or P.CONTENT_LEAD_IN.search(text[:end].rstrip(), start)
    if clause:
        end = clause.start()
    quoted = _QUOTED_SUBJECT.match(text, start, end)
    if quoted is not None and re.match(r"\s*,", text[quoted.end() : end]):
        end = quoted.end()  # 'về "Xây dựng phường kiểu mẫu", thời gian thực hiện ...': the quote closes the subject
    stamp = _POSTED_AT_END.search(text, start, end)
    if stamp is not None:
        end = stamp.start()  # a headline with the page's posting time after it: "... 03/02/2026 11:08"
    short = _SHORT_NAME_AT_END.search(text, start, end)
    if short is not None and fold(short.group("name")) in fold(text[start : short.start()]):
        end = short.start()  # "... tầm nhìn đến năm 2050 (Quy hoạch)": the short name the news goes on with
    title = squash(text[start:end]).strip(" ,.:;")
    title = re.sub(r"^[“\"]\s*(.*?)\s*[”\"]$", r"\1", title)
    if len(title.split()) < 3:
        return None
    return title, (start, start + len(text[start:end].rstrip(" ,.:;")))


def _subject(pt: Text, start: int, verb: int) -> tuple[str, tuple[int, int]] | None:
    """The body before the announcing verb: "..., Ban Thường vụ Huyện ủy Gia Lâm đã ban hành"."""
    text = pt.text
    left = max(text.rfind(ch, start, verb) for ch in ",;:\n")
    for m in re.finditer(r"\.(?=\s)", text[max(start, left + 1) : verb]):
        dot = max(start, left + 1) + m.start()
        if not re.search(r"(?:TP|Tp|tp)$", text[max(0, dot - 3) : dot]):
            left = dot  # a sentence's end, not "TP. Hồ Chí Minh"
    a = left + 1 if left >= start else start
    raw = text[a:verb]
    raw = P.SUBJECT_TAIL.sub("", raw.rstrip())
    behalf = P.ON_BEHALF_BEFORE_VERB.search(raw)
    if behalf is not None:  # "<official> đã thay mặt <body> ký ban hành ...": the body signed for
        body = clean_body(behalf["body"])
        at = text.find(body, a + behalf.start("body"), verb) if body else -1
        if body and starts_with_body(body) and at >= 0:
            return body, (at, at + len(body))
    raw = raw[: P.BODY_TERM.search(raw).start()]  # "HĐND tỉnh X khóa X đã thông qua ...": the term is no part of the name
    lead_date = re.match(r"\s*(?:ngày|Ngày)\s*(?:\d{1,2}\s*tháng\s*\d{1,2}\s*(?:năm\s*\d{4}|/\s*\d{4})|\d{1,2}/\d{1,2}(?:/\d{4})?)\s*,?\s*", raw)
    skip = lead_date.end() if lead_date else 0
    lead = P.SUBJECT_LEAD.match(raw[skip:].lstrip())
    offset = a + skip + (len(raw[skip:]) - len(raw[skip:].lstrip())) + (lead.end() if lead else 0)
    body = clean_body(text[offset : a + len(raw)])
    if not body or not starts_with_body(body) or _names_person(body):  # the official who signed: the body signed for
        behalf = _on_behalf(pt, start, a, verb)
        if behalf:
            return behalf
        post = _head_post(body) if body else None
        if post is not None:
            at = text.find(post, offset, verb)
            return _SOLE_POSTS.get(fold(post)) or _minister_post(post) or post, (at, at + len(post))
        deputy = _deputy_of_one_head(text, offset, a + len(raw))
        if deputy is not None:
            return deputy
    if not body and a > start and P.CONNECTIVE.fullmatch(raw.strip()):
        return _sentence_subject(pt, start, a - 1)  # "X đã quán triệt ..., đồng thời ban hành ..."
    if (not body or not starts_with_body(body)) and left >= start and text[left] == ",":
        apposed = _post_before_apposed_name(pt, start, verb)
        if apposed is not None:
            return apposed
        return _name_with_commas(pt, start, left, verb)
    if not body or not starts_with_body(body) or len(body) > 120:
        return None
    if (P.POST_OF_BODY.match(body) or P.HEAD_OF_STATE_BODY.match(body)) and _names_person(body):
        post_body = _body_of_official(body)  # "Phó Chủ tịch UBND tỉnh Trần Văn B": not a body's name
        if post_body is None:
            return None
        body = post_body
    at = text.find(body, offset, verb)
    return body, (at, at + len(body))


def _post_before_apposed_name(pt: Text, start: int, verb: int) -> tuple[str, tuple[int, int]] | None:
    """"Phó Chủ tịch UBND tỉnh X, bà Nguyễn Thị A đã ký ...": the official named by post, then by
    name between commas (P.APPOSED_NAME); read as the post followed by the name."""
    text = pt.text
    seg = P.SUBJECT_TAIL.sub("", text[start:verb].rstrip())
    m = P.APPOSED_NAME.search(seg)
    if m is None:
        return None
    name = P.PERSON_ADDRESS.sub("", m["who"]).strip()
    if not is_name_line(name):
        return None
    comma = start + m.start()
    a = max(max(text.rfind(ch, start, comma) for ch in ",;:\n.") + 1, start)
    post = text[a:comma]
    lead = P.SUBJECT_LEAD.match(post.lstrip())
    skip = len(post) - len(post.lstrip()) + (lead.end() if lead else 0)
    post = post[skip:].strip()
    if not post:
        return None
    who = post + " " + name
    deputy = _deputy_of_one_head(who, 0, len(who))
    issuer = deputy[0] if deputy is not None else _issuer_of_official(who)
    if not issuer:
        return None
    at = text.find(issuer, a + skip, comma)
    return issuer, ((at, at + len(issuer)) if at >= 0 else (a + skip, a + skip + len(post)))


def _issuer_of_official(who: str) -> str | None:
    """What an official named by post and name issues for, as a lead's subject gives him: the head's
    own post ("Thủ tướng Chính phủ"), a deputy's body, the committee a Party post signs for."""
    post = _head_post(who)
    if post is not None:
        return _SOLE_POSTS.get(fold(post)) or _minister_post(post) or post
    if P.POST_OF_BODY.match(who) or P.HEAD_OF_STATE_BODY.match(who):
        return _body_of_official(who)
    return None


def _deputy_of_one_head(text: str, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """"Phó Thủ tướng Trần Hồng Hà vừa ký Quyết định ...": a deputy of a head who issues in his own
    name and heads no board to name (Decree 30/2020: KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG) signs for that
    head: the head issues it. The span is the head's post inside the deputy's."""
    m = P.DEPUTY_OF_HEAD.match(text, a, b)
    if m is None or not _names_person(text[a:b]):
        return None
    return P.HEAD_OF_DEPUTY[fold(m["head"])], (m.start("head"), m.end("head"))


def _head_code_fits(issuer: str, symbol) -> bool:
    """Whether a head read off his deputy ("Thủ tướng Chính phủ") fits the document's number: one
    numbered for another body ("15/QĐ-BCĐ") is not the head's."""
    codes = P.HEAD_CODES.get(issuer)
    if codes is None or symbol is None or not symbol.issuers:
        return True
    return any(code in symbol.issuers for code in codes)


def _names_person(subject: str) -> bool:
    """"Phó Chủ tịch UBND tỉnh Nguyễn Văn An": an official named by post and name, who signs for a
    body (Decree 30/2020: KT., TM.), not the body itself."""
    words = subject.split()
    return any(is_name_line(" ".join(words[-k:])) for k in (2, 3, 4) if len(words) > k)


_MIDDLE_NAMES = ("Văn", "Thị")
_HEAD_TITLE = re.compile("(?:" + alternation(t for t in M.SIGNER_TITLES if not t.startswith("phó ")) + r") ")
_DEPUTY_TITLE = re.compile("(?:" + alternation(sorted((t for t in M.SIGNER_TITLES if t.startswith("phó ")), key=len, reverse=True)) + r") ")


def _head_post(subject: str) -> str | None:
    """"Thủ tướng Chính phủ Phạm Minh Chính": the head who signed in his own name (no clause says for
    whom), named by post then name; the post issues the document (Decree 30/2020: a head's own
    decisions). A full name of three or four syllables only: two could be a place ("tỉnh Hà Giang");
    three first, so that a place's last word is not read as a family name ("tỉnh Kiên Giang Lâm
    Minh Thành"), unless they open with a middle name ("Lê Văn Hoàng Anh"). A deputy ("Phó Chủ
    tịch UBND tỉnh ...") signs for the body his post names (KT.), as when the lead says so ("thay
    mặt UBND tỉnh, Phó Chủ tịch ..."): that body ("UBND tỉnh")."""
    words = subject.split()
    for k in (3, 4):
        if k == 3 and len(words) > 3 and words[-3] in _MIDDLE_NAMES:
            continue
        if len(words) > k + 1 and is_name_line(" ".join(words[-k:])):
            post = " ".join(words[:-k])
            f = fold(post)
            if _UNIT_NAMED_FOR_PERSON_AT_END.search(post):
                return None  # the "name" is a place after its unit ("UBND TP. Hồ Chí Minh")
            deputy = _DEPUTY_TITLE.match(f)
            if deputy:
                body = post[deputy.end() :].strip()
                return body if starts_with_body(body) and fold(body) != "chính phủ" else None
            if f.startswith(_SIGNS_FOR_BOARD):
                return None
            own = P.HEAD_SIGNS_FOR_BODY.match(post)
            if own is not None:
                body = post[own.end() :]
                return body if starts_with_body(body) else None  # "Giám đốc Sở Y tế": the department's  # "Bí thư Huyện ủy X": signs for the committee (T/M), read by _body_of_official
            if _minister_post(post) is not None:
                return post
            return post if (_HEAD_TITLE.match(f) and starts_with_body(post)) or f in _SOLE_POSTS else None
    return None


def _minister_post(post: str) -> str | None:
    """"Bộ trưởng Y tế" (P.MINISTER_POST) -> "Bộ trưởng Bộ Y tế"; None for another post."""
    m = P.MINISTER_POST.match(post)
    field = post[m.end() :] if m else ""
    return "Bộ trưởng Bộ " + field if field and starts_with_body("Bộ " + field) else None


# A post one person holds in the State names its body alone (P.SOLE_POSTS): "Thủ tướng Phạm Minh Chính".
_SOLE_POSTS = {fold(post): body for post, body in P.SOLE_POSTS}


# Posts that sign for their board, never in their own name (Guidance 36-HD/VPTW: "T/M BAN THƯỜNG
# VỤ / BÍ THƯ"; "T/M BAN ..., TRƯỞNG BAN").
_SIGNS_FOR_BOARD = ("bí thư", "trưởng ban")


def _on_behalf(pt: Text, start: int, a: int, verb: int) -> tuple[str, tuple[int, int]] | None:
    """The body a clause of the same sentence signs for ("thừa lệnh Chủ tịch UBND tỉnh X, <the
    official> đã ký ban hành ..."), when what stands before the verb is the official, not a body."""
    text = pt.text
    sentence = _sentence_start(text, start, a)
    m = next(reversed(list(P.ON_BEHALF.finditer(text, sentence, verb))), None)  # the last such clause before the verb
    if m is None or m.end() > a:
        return None
    body = clean_body(m["body"])
    if not body or not starts_with_body(body):
        return None
    at = text.find(body, m.start("body"), m.end())
    return (body, (at, at + len(body))) if at >= 0 else None


def _sentence_start(text: str, start: int, at: int) -> int:
    """Where the sentence holding ``at`` begins (after a full stop or a line break, not before ``start``)."""
    return max(text.rfind(". ", start, at) + 1, text.rfind("\n", start, at) + 1, start)


_NAME_COMMAS = 3  # "Sở Văn hóa, Thể thao và Du lịch": the fields a body's name lists


def _name_with_commas(pt: Text, start: int, comma: int, verb: int) -> tuple[str, tuple[int, int]] | None:
    """A subject whose name holds commas ("Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban
    hành ..."): the body begins before them, each field after a comma written with a capital."""
    text = pt.text
    for _ in range(_NAME_COMMAS):
        sentence = max(text.rfind(ch, start, comma) for ch in ";:\n.")
        prev = text.rfind(",", max(start, sentence + 1), comma)
        a = (prev if prev >= 0 else max(start, sentence + 1) - 1) + 1
        raw = P.SUBJECT_TAIL.sub("", text[a:verb].rstrip()).strip()
        fields = [f.strip() for f in raw.split(",")]
        if starts_with_body(raw) and len(raw) <= 120 and all(f[:1].isupper() for f in fields[1:]):
            body = clean_body(raw)
            at = text.find(body, a, verb)
            return (body, (at, at + len(body))) if body and at >= 0 else None
        if prev < 0:
            return None
        comma = prev
    return None


def _sentence_subject(pt: Text, start: int, at: int) -> tuple[str, tuple[int, int]] | None:
    """The body that opens an earlier clause of the same sentence."""
    text = pt.text
    sentence = _sentence_start(text, start, at)
    pos = at
    while pos > sentence:
        comma = max(text.rfind(",", sentence, pos), sentence - 1)
        a = comma + 1
        a += len(text[a:pos]) - len(text[a:pos].lstrip())
        if starts_with_body(text[a:pos]):
            end = body_end(pt.folded, a, pos, text)
            raw = P.SUBJECT_TAIL.sub("", text[a:end].rstrip())
            body = clean_body(raw)
            if body and _names_person(body):  # "Bí thư Tỉnh ủy X Nguyễn Văn A vừa ký, ban hành ...": what he signs for
                body = _issuer_of_official(body)
                if body is None:
                    return None
                at = text.find(body, a, pos)
                return (body, (at, at + len(body))) if at >= 0 else None
            if body and starts_with_body(body) and len(body) <= 120:
                return body, (a, a + len(body))
            return None
        pos = comma
    return None


_DAY_WORD_BEFORE = re.compile(rf"(?<![\wđ])(?:ngày|{P.DAY_PART})\s*$", re.I)


def _date_before(pt: Text, start: int, at: int) -> tuple[str, tuple[int, int]] | None:
    """"Ngày 16/4/2020, UBND tỉnh ban hành ...", "..., ngày 13/5/2011, Ủy ban nhân dân huyện ban hành"."""
    base = max(start, at - 60)
    window = pt.text[base:at]
    for m in [*dates.FULL_DATE.finditer(window), *P.MIXED_DATE.finditer(window)]:
        if not P.ON_BEHALF_LEAD.fullmatch(window[m.end() :]):  # only commas, or the clause of whom it signs for
            continue
        if not (m.group(0).lower().startswith("ngày") or _DAY_WORD_BEFORE.search(window[: m.start()])):
            continue
        value = _date_value(m)
        if value:
            return value, (base + m.start(), base + m.end())
    fronted = _fronted_clause_date(pt, start, at)
    if fronted:
        return fronted
    m = re.search(r"(?:ngày|Ngày)\s*(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?![\d/-])[\s,]*$", window)  # "Ngày 27/8", "Ngày 28-8"
    if m:
        value = _in_posting_year(pt, start, base + m.start(), int(m.group("m")), int(m.group("d")))
        if value:
            return value, (base + m.start(), base + m.end("m"))
    return None


def _fronted_clause_date(pt: Text, start: int, at: int) -> tuple[str, tuple[int, int]] | None:
    """"Ngày 14-7-2021, do tình hình ... phức tạp, UBND tỉnh vừa có thông báo ...": the date that
    opens the sentence, a clause of cause, purpose or basis between it and the body (P.FRONTED_CLAUSE_LEAD)."""
    sentence = _sentence_start(pt.text, start, at)
    lead = P.FRONTED_CLAUSE_LEAD.match(pt.text[sentence:at])
    if lead is None:
        return None
    m = dates.FULL_DATE.fullmatch(lead.group("date"))
    value = _date_value(m) if m else None
    return (value, (sentence + lead.start("date"), sentence + lead.end("date"))) if value else None


_PAGE_STAMP = re.compile(P.PAGE_STAMP, re.I)


def _in_posting_year(pt: Text, start: int, at: int, month: int, day: int) -> str | None:
    """"Ngày 27/8, ..." in a lead: news leave out the year of the day they report; it is the year
    of the page's own date (a date alone on a short line above the lead), or the year before when
    that date comes earlier in the year."""
    for a, b in reversed(_lines_between(pt.text, start, at)):
        line = pt.text[a:b].strip()
        stamp = _PAGE_STAMP.match(line)
        byline = P.BYLINE_AT_END.search(line)
        m = dates.FULL_DATE.search(line)
        if stamp is not None:
            posted = dates.iso_date(stamp.group("sy"), stamp.group("sm"), stamp.group("sd"))
        elif byline is not None:
            posted = dates.iso_date(byline.group("y"), byline.group("m"), byline.group("d"))
        elif m is None or len(line) > 60:
            continue
        else:
            posted = dates.parse_full_date(m)
        if posted is None:
            return None
        year = int(posted[:4]) if (month, day) <= (int(posted[5:7]), int(posted[8:10])) else int(posted[:4]) - 1
        return dates.iso_date(year, month, day)
    return None


def _date_value(m: re.Match[str]) -> str | None:
    if m.re is dates.FULL_DATE:
        return dates.parse_full_date(m)
    return dates.iso_date(m.group("y"), m.group("m"), m.group("d"))


# --- place and date wrapped over lines -------------------------------------------------------

_GAP = r"[ \t]*\n?[ \t]*"
# Between two words of a place: a space, a line break, or a hyphen ("Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm").
_PSEP = r"(?:[ \t]*-[ \t]*\n?[ \t]*|[ \t]*\n?[ \t]*)"
PLACE_DATE_LINES = re.compile(
    rf"(?P<place>{PLACE_WORD}(?:{_PSEP}{PLACE_WORD}){{0,6}})[ \t]*,[ \t]*{DAY_WORD}{_GAP}(?P<d>\d{{1,2}}){_GAP}"
    rf"{MONTH_WORD}{_GAP}(?P<m>\d{{1,2}}){_GAP}{YEAR_WORD}{_GAP}(?P<y>(?:19|20)\d{{2}})(?!\d)"
)


def wrapped_place_date(text: str, start: int, end: int, wrapped: bool = True) -> re.Match[str] | None:
    """A place-and-date line standing alone on its line(s); with ``wrapped``, only one that an
    export broke over two lines."""
    for m in PLACE_DATE_LINES.finditer(text, start, end):
        if wrapped and "\n" not in m.group(0):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip(" \t*_|"):
            continue  # the place does not begin its line: words of a sentence
        return m
    return None


# --- the component -----------------------------------------------------------------------------

_HEADER_KEYS = ("symbol", "doc_type", "title", "place", "date", "issuer")


@field_component(
    "plankb_identity",
    requires=('layout', 'record.symbol', 'record.doc_type', 'record.title', 'record.place', 'record.date', 'record.issuer'),
    assigns=('record.symbol', 'record.doc_type', 'record.title', 'record.place', 'record.date', 'record.issuer', 'record._metadata'),
)
def identity(doc: Doc) -> None:
    pt: Text = doc._.ptext
    rec = doc._.record
    spans = rec.setdefault("spans", {})
    meta = read_metadata(pt.text)
    if meta is not None and _inside_document(doc._.layout, meta, pt):
        meta = None  # labels in the document's own text (a table of documents), not the page's block
    if meta is not None:
        # For the components after this one ("Người ký:" for a text cut before its signature).
        rec["_metadata"] = {name: {"text": v.text, "start": v.start, "end": v.end} for name, v in meta.values.items()}
        _read_past_metadata(doc, meta)
        _place_date(doc)
        _apply_metadata(doc, meta)
        _title_past_lost_type(doc)
        if not rec.get("title"):
            _from_portal_heading(doc, meta)
        return
    layout: Layout = doc._.layout
    if has_header(layout, pt):
        _place_date(doc)
        _title_past_lost_type(doc)
        blank = layout.number_line is not None and BLANK_NUMBER.search(layout.number_line.text) is not None
        if (layout.number_line is None or blank) and layout.type_line is not None and not rec.get("symbol"):
            _announced_above(doc, layout, blank)
        return
    found = find_announcement(pt)
    if found is None:
        return
    rec["doc_type"] = found.doc_type
    rec["symbol"] = found.symbol.text if found.symbol else None
    rec["_symbol_span"] = (found.symbol.start, found.symbol.end) if found.symbol else None
    _set_span(spans, "symbol", (found.symbol.start, found.symbol.end) if found.symbol else None)
    # The page's own dates (posting, printing) and its place are not the document's.
    rec["date"] = found.date
    _set_span(spans, "date", found.date_span)
    rec["place"] = None
    _set_span(spans, "place", None)
    labelled = _labelled_summary(pt, found.type_start)
    if labelled is not None:
        found.title, found.title_span = labelled
    if found.title is not None:
        rec["title"] = found.title
        _set_span(spans, "title", found.title_span)
    issuer = rec.get("issuer")
    if found.issuer is not None and (issuer is None or issuer.get("evidence") != "header"):
        code = found.symbol.issuers[-1] if found.symbol is not None and found.symbol.style != "law" and found.symbol.issuers else None
        rec["issuer"] = header_component._issuer_record(found.issuer, None, code, "announcement")
        _set_span(spans, "issuer", found.issuer_span)
    if rec.get("issuer") is None and rec["doc_type"] == "NQ" and rec.get("title"):
        rec["issuer"] = header_component.congress_of_title(rec["title"], pt.text, spans)
    if rec.get("issuer") is None and found.symbol is not None and found.symbol.style == "state" and found.symbol.issuers:
        body = CENTRAL_BODY_OF_CODE.get(found.symbol.issuers[0])
        if body is not None:  # "công văn số 2092/BNN-KN": the ministry its code names
            rec["issuer"] = header_component._issuer_record(body, None, found.symbol.issuers[0], "symbol code")


_SUMMARY_LABELS = {fold(label) for label in P.METADATA_LABELS["title"]}


def _labelled_summary(pt: Text, at: int) -> tuple[str, tuple[int, int]] | None:
    """A portal's document record that kept only its "Trích yếu" field, the label on a line of its
    own and the summary under it: the whole line is the title as the portal gives it."""
    a = pt.text.rfind("\n", 0, at) + 1
    b = pt.text.find("\n", at)
    b = len(pt.text) if b < 0 else b
    above = pt.text[:a].rstrip()
    label = above[above.rfind("\n") + 1 :]
    if " ".join(fold(label).strip(_CELL_CHARS + ":").split()) not in _SUMMARY_LABELS:
        return None
    value = pt.text[a:b].strip(_CELL_CHARS)
    if len(value.split()) < 4:
        return None
    v0 = pt.text.find(value, a, b)
    return value, (v0, v0 + len(value))


_CELL_CHARS = " \t|-_*"
_NOT_SUMMARY = re.compile(r"^(?:[IVXLC]+\.|\d+\.|phần\s|chương\s|điều\s|căn cứ)", re.I)
_LOST_TYPE_TITLE_LINES = 4


def _title_past_lost_type(doc: Doc) -> None:
    """A web copy that lost the type name line (the page styles it apart, the copy drops it):
    "Số: 0155/KH-UBND | Đắk Lắk, ngày 24 tháng 12 năm 2025 |" then the summary in capitals. The
    type is known (from the symbol or the page's metadata); the capitals right below the
    place-and-date line are the summary (Decree 30/2020, Appendix I: type name, then summary)."""
    rec = doc._.record
    layout: Layout = doc._.layout
    date_span = rec.get("spans", {}).get("date")
    if rec.get("title") or layout.type_line is not None or not rec.get("doc_type") or not date_span:
        return
    text = doc._.ptext.text
    pos = text.find("\n", date_span["end"])
    lines: list[tuple[int, int]] = []
    while pos >= 0 and len(lines) < _LOST_TYPE_TITLE_LINES:
        a = pos + 1
        pos = text.find("\n", a)
        b = pos if pos >= 0 else len(text)
        line = text[a:b].strip(_CELL_CHARS)
        if not line:
            if lines:
                break
            continue
        if not is_upper_line(line) or line.endswith(":") or _NOT_SUMMARY.match(line) or starts_with_body(line):
            break
        if not lines and (len(line.split()) < 3 or _TITLE_LINE.match(fold(line))):
            return  # a type name standing there after all, or a word that is no summary
        lines.append((a + len(text[a:b]) - len(text[a:b].lstrip(_CELL_CHARS)), a + len(text[a:b].rstrip(_CELL_CHARS))))
    if not lines:
        return
    rec["title"] = squash(" ".join(text[a:b] for a, b in lines))
    _set_span(rec.setdefault("spans", {}), "title", (lines[0][0], lines[-1][1]))


def _announced_above(doc: Doc, layout: Layout, blank: bool = False) -> None:
    """A page that announces a document in its lead and then publishes its text from the type name
    on, without the number line ("Ngày 23/8/2017, Tỉnh ủy X đã ban hành Chương trình số 27-CTr/TU
    ..." / "CHƯƠNG TRÌNH" / ...): the lead gives the number, date and issuer the copy left out.
    ``blank``: the copy keeps its number line with the number left blank ("Số:     /KH-UBND", the
    file the portal posted before the office numbered it); the lead's number is the document's
    only when the lead tells of the same document, its date the header's own."""
    pt: Text = doc._.ptext
    rec = doc._.record
    spans = rec.setdefault("spans", {})
    found = find_announcement(pt)
    if found is None or found.symbol is None or found.type_start >= layout.type_line.start:
        return
    if found.doc_type != rec.get("doc_type"):
        return  # the lead announces another document than the one printed below it
    if blank and (found.date is None or found.date != rec.get("date")):
        return  # a lead of another date (or none) may tell of an earlier document
    rec["symbol"] = found.symbol.text
    rec["_symbol_span"] = (found.symbol.start, found.symbol.end)
    _set_span(spans, "symbol", rec["_symbol_span"])
    if rec.get("date") is None and found.date is not None:
        rec["date"] = found.date
        _set_span(spans, "date", found.date_span)
    issuer = rec.get("issuer")
    if found.issuer is not None and (issuer is None or issuer.get("evidence") != "header"):
        code = found.symbol.issuers[-1] if found.symbol.style != "law" and found.symbol.issuers else None
        rec["issuer"] = header_component._issuer_record(found.issuer, None, code, "announcement")
        _set_span(spans, "issuer", found.issuer_span)


def _inside_document(layout: Layout, meta: Metadata, pt: Text) -> bool:
    """Whether the labels stand below the document's own number or type name (a table of
    documents in its text), not above it as a page's block does. A type name above a block that
    the document's motto follows is the page's heading ("# QUYẾT ĐỊNH" / "## THÔNG TIN VĂN BẢN" /
    the block / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ...): the document begins below the block."""
    marks = [line.start for line in (layout.number_line, layout.type_line) if line is not None]
    if not marks or min(marks) >= meta.start:
        return False
    motto_above = _MOTTO.search(pt.folded, 0, meta.start)
    motto_below = _MOTTO.search(pt.folded, meta.end, min(len(pt.folded), meta.end + 3000))
    return not (motto_above is None and motto_below is not None and (layout.number_line is None or layout.number_line.start > meta.end))


def has_header(layout: Layout, pt: Text) -> bool:
    """Whether the text carries a header block: a number line, a type name standing alone, a motto
    on a line of its own."""
    if layout.number_line is not None or layout.type_line is not None or layout.motto_org is not None:
        return True
    for line in layout.lines[:40]:
        f = " ".join(fold(line.stripped).split()).strip(" -_*|")
        if f in M.MOTTOS or f.startswith(_NATIONAL_MOTTO_START) or (len(f) <= 120 and _HEADER_CELLS.search(f)):
            return True
    return False


_NATIONAL_MOTTO_START = "cộng hòa xã hội"
# A header exported as table cells on one line: "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA
# VIỆT NAM |", "Số: 983/KH-UBND | Tây Ninh, ngày 15 tháng 5 năm 2019 |".
_HEADER_CELLS = re.compile(r"cộng hòa xã hội chủ nghĩa|(?:^|[\s|])số\s*:\s*\d")


def _set_span(spans: dict, name: str, span: tuple[int, int] | None) -> None:
    if span is None:
        spans.pop(name, None)
    else:
        spans[name] = {"start": span[0], "end": span[1]}


def _read_past_metadata(doc: Doc, meta: Metadata) -> None:
    """Read the layout again from where the copied document begins, and its header from it."""
    pt: Text = doc._.ptext
    start = document_start(pt, meta.end)
    # Same offsets: the page's own matter is one blank line, wrapped header lines are one again.
    masked = " " * start + _join_wrapped_header(pt, start)
    site = doc._.layout.related_lines  # the site's notes above the copy, masked below: kept apart still
    doc._.layout = find_layout(masked)
    doc._.layout.related_lines = [*site, *doc._.layout.related_lines]
    rec = doc._.record
    for key in _HEADER_KEYS:
        rec.get("spans", {}).pop(key, None)
    warnings = list(rec.get("warnings", []))
    header_component.header(doc)
    rec["warnings"] = warnings + [w for w in rec["warnings"][len(warnings) :] if w not in warnings]
    _drop_authority_line(doc)


_HEADER_ZONE_LINES = 16


def _join_wrapped_header(pt: Text, start: int) -> str:
    """The text from ``start`` with the header's wrapped lines joined (a newline made a space):
    "CỘNG HÒA XÃ" + "HỘI CHỦ NGHĨA VIỆT NAM", "HỘI ĐỒNG NHÂN" + "DÂN", "VĂN PHÒNG CHÍNH" + "PHỦ"."""
    text = pt.text
    chars = list(text[start:])
    lines = [(a, b) for a, b in _lines_between(text, start, min(len(text), start + 3000)) if text[a:b].strip()]
    lines = lines[:_HEADER_ZONE_LINES]
    for (a1, b1), (a2, b2) in zip(lines, lines[1:]):
        if text[b1 + 1 : a2].strip() or b1 + 1 != a2:
            continue  # not adjacent lines
        one, two = squash(text[a1:b1]).strip("*_ "), squash(text[a2:b2]).strip("*_ ")
        joined = " ".join(fold(f"{one} {two}").split())
        motto = any(joined == m or joined.startswith(m + " ") for m in M.MOTTOS if " " in m)
        # A word or two in capitals that starts no body ends the name above: "NỘI", "DÂN", "PHỦ".
        # A type name ("KẾ HOẠCH" of an annex under "KT. THỦ TƯỚNG |") is no name's tail.
        tail = (is_upper_line(one) and is_upper_line(two) and len(two.split()) <= 2 and not starts_with_body(two)
                and " ".join(fold(two).strip(" |").split()) not in CODE_OF_NAME)
        if motto or (tail and not any(ch.isdigit() for ch in two)):
            chars[b1 - start] = " "
    return "".join(chars)


def _drop_authority_line(doc: Doc) -> None:
    """A summary does not end with a colon: "THỦ TƯỚNG CHÍNH PHỦ điện:" introduces the text."""
    layout: Layout = doc._.layout
    rec = doc._.record
    lines = layout.title_lines
    if len(lines) > 1 and lines[-1].stripped.endswith(":") and rec.get("title"):
        last = squash(lines[-1].stripped)
        if rec["title"].endswith(last):
            rec["title"] = rec["title"][: -len(last)].rstrip()
            rec["spans"]["title"] = {"start": lines[0].start, "end": lines[-2].end}


def _place_date(doc: Doc) -> None:
    """A place-and-date line that an export wrapped over two lines, or whose place the layout
    read only in part ("Tàu" of "Bà Rịa - Vũng Tàu")."""
    layout: Layout = doc._.layout
    pt: Text = doc._.ptext
    rec = doc._.record
    line = layout.place_date_line
    zone_start = layout.lines[0].end if layout.lines and not layout.lines[0].text.strip() else 0
    if line is not None and rec.get("place") and rec.get("date"):
        # The same line read with more of its place: the words before it on the line or above.
        prev = pt.text.rfind("\n", 0, max(0, line.start - 1)) + 1
        m = wrapped_place_date(pt.text, prev, line.end, wrapped=False)
        if m is None or m.end() <= line.start or not squash(m.group("place")).endswith(rec["place"]):
            return
        if len(squash(m.group("place"))) <= len(rec["place"]):
            return
    else:
        end = min(len(pt.text), max(layout.header_end, zone_start) + 1500)
        m = wrapped_place_date(pt.text, zone_start, end)
        if m is None:
            return
        if line is not None and not (m.start() <= line.start < m.end()) and rec.get("place"):
            return
    value = dates.iso_date(m.group("y"), m.group("m"), m.group("d"))
    if value is None:
        return
    spans = rec.setdefault("spans", {})
    rec["place"] = squash(m.group("place"))
    _set_span(spans, "place", (m.start("place"), m.end("place")))
    rec["date"] = value
    _set_span(spans, "date", (m.start("d"), m.end("y")))


def _apply_metadata(doc: Doc, meta: Metadata) -> None:
    rec = doc._.record
    spans = rec.setdefault("spans", {})
    values = meta.values
    if "symbol" in values:
        v = values["symbol"]
        found = find_symbols(doc._.ptext.text, v.start, v.end)
        if found and found[0].text != rec.get("symbol"):
            rec["symbol"] = found[0].text
            rec["_symbol_span"] = (found[0].start, found[0].end)
            _set_span(spans, "symbol", (found[0].start, found[0].end))
        if found and not rec.get("doc_type") and found[0].doc_type in BY_CODE:
            rec["doc_type"] = found[0].doc_type  # a block without "Loại văn bản": the symbol's type code
    if "doc_type" in values:
        v = values["doc_type"]
        code = CODE_OF_NAME.get(" ".join(fold(v.text).split()))
        if code is not None:
            rec["doc_type"] = code
    if "date" in values:
        v = values["date"]
        m = dates.FULL_DATE.search(v.text)
        value = dates.parse_full_date(m) if m else None
        if value is not None and value != rec.get("date"):
            rec["date"] = value
            _set_span(spans, "date", (v.start + m.start(), v.start + m.end()))
    if "title" in values and not rec.get("title"):
        v = values["title"]
        rec["title"] = squash(v.text)
        _set_span(spans, "title", (v.start, v.end))
    if "issuer" in values:
        _metadata_issuer(rec, spans, values["issuer"])


# A legal portal's heading over its record (thuvienphapluat, luatvietnam, nhansu.vn ...): "<type name>
# <number> năm <year> <summary>[ do <body> ban hành]", the summary as the portal gives it.
_PORTAL_HEADING = re.compile(
    rf"[ \t#*]*(?P<type>{TYPE_NAME_ALT})[ \t]+(?P<symbol>\S+/\S+)[ \t]+năm[ \t]+\d{{4}}[ \t]+(?P<summary>[^\n]+?)"
    r"(?:[ \t]+do[ \t]+(?P<by>[^.\n]{3,150}?)[ \t]+ban hành(?:\.|[ \t]*$)|[ \t]*$)",
    re.M,
)
# luatvietnam's page title: "<type name> <number> [năm] <year> của <body> về <summary>" ("Nghị quyết
# 273/NQ-CP 2025 của Chính phủ về Phiên họp Chính phủ thường kỳ tháng 8 năm 2025"), at the page's top.
_PORTAL_TITLE = re.compile(
    rf"[ \t#*]*(?P<type>{TYPE_NAME_ALT})[ \t]+(?P<symbol>\S+/\S+)[ \t]+(?:năm[ \t]+)?\d{{4}}[ \t]+của[ \t]+"
    r"(?P<by>[^\n]{3,150}?)[ \t]+về[ \t]+(?P<summary>[^\n]+?)[ \t]*$",
    re.M,
)
_HEADING_LINES = 3  # the heading stands in the few lines above the block, or at the page's top


def _from_portal_heading(doc: Doc, meta: Metadata) -> None:
    """A record page that shows no document text under its block (or none with a summary): the
    summary, and the body when a body issued it ("do Ủy ban nhân dân tỉnh X ban hành"), from the
    page's heading over the block; only when the heading names the record's own number."""
    pt: Text = doc._.ptext
    rec = doc._.record
    spans = rec.setdefault("spans", {})
    above = [(a, b) for a, b in _lines_between(pt.text, 0, meta.start) if pt.text[a:b].strip()]
    lines = above[-_HEADING_LINES:] + [x for x in above[:_HEADING_LINES] if x not in above[-_HEADING_LINES:]]
    for a, b in lines:
        m = _PORTAL_HEADING.match(pt.folded, a, b) or _PORTAL_TITLE.match(pt.folded, a, b)
        if m is None or rec.get("symbol") is None or normalize_symbol(pt.text[m.start("symbol") : m.end("symbol")]) != rec["symbol"]:
            continue
        if CODE_OF_NAME[m.group("type")] != rec.get("doc_type"):
            continue
        summary = pt.text[m.start("summary") : m.end("summary")].strip()
        if len(summary.split()) < 3:
            continue
        rec["title"] = summary
        _set_span(spans, "title", (m.start("summary"), m.start("summary") + len(summary)))
        by = m.group("by") and pt.text[m.start("by") : m.end("by")]
        if by and rec.get("issuer") is None and starts_with_body(by):
            rec["issuer"] = header_component._issuer_record(by, None, None, "metadata")
            _set_span(spans, "issuer", (m.start("by"), m.end("by")))
        return


def _metadata_issuer(rec: dict, spans: dict, v: Value) -> None:
    """The block's body where the header has none or a cut one; its place completes a bare
    local body ("Hội đồng nhân dân" + "Thành phố Hà Nội")."""
    name = squash(v.text)
    issuer = rec.get("issuer")
    current = issuer.get("name") if issuer else None
    code = issuer.get("code") if issuer else None
    if starts_with_body(name):
        if current is None or (fold(name).startswith(fold(current)) and len(name) > len(current)):
            rec["issuer"] = header_component._issuer_record(name, None, code, "metadata")
            _set_span(spans, "issuer", (v.start, v.end))
        return
    # Not a body: a place ("Thành phố Hà Nội", "Tỉnh Lâm Đồng"), which names a local body's seat.
    seat = re.match(r"(?i:(?P<unit>tỉnh|thành phố))\s+(?P<name>\S.*)$", name)
    if current is None or seat is None:
        return
    if fold(current) in _BARE_LOCAL_BODIES:
        full = f"{current} {name[:1].lower()}{name[1:]}"
    elif fold(current).endswith(" " + fold(seat["unit"])):
        # "Chủ tịch Ủy ban nhân dân tỉnh" (the copy lost the name after the unit) + "Tỉnh Vĩnh Long"
        full = f"{current} {seat['name']}"
    else:
        return
    rec["issuer"] = header_component._issuer_record(full, issuer.get("parent"), code, "metadata")


_BARE_LOCAL_BODIES = {"hội đồng nhân dân", "ủy ban nhân dân", "hđnd", "ubnd"}
