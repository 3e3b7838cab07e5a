"""The blocks every administrative document has, found by position and form rather than content:
header lines, number, place and date, type name and summary, the outline, the signature block,
"Nơi nhận" and annexes (Decree 30/2020/NĐ-CP; Guidance 36-HD/VPTW for Party documents).

All positions are offsets into the normalized text. Field extractors read the Layout; they do
not search for blocks again.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from plankb.extractors.names import starts_with_body
from plankb.extractors.patterns import layout_markers as M
from plankb.extractors.patterns.doc_types import CODE_OF_NAME, TYPE_NAME_ALT, TYPE_NAMES
from plankb.extractors.patterns.grammar import (
    ARABIC,
    AUTHORITY_LINE,
    BULLET,
    DIVISION_NUMBER,
    DIVISION_WORDS,
    GROUNDS_OPENERS,
    LETTER,
    LOWER,
    PLACE,
    PLACE_DATE,
    ROMAN,
    UPPER,
)
from plankb.extractors.readers.ocr_repairs import misread_type_name
from plankb.extractors.regexes import alternation
from plankb.extractors.syllables import is_syllable
from plankb.extractors.text import fold, strip_accents


@dataclass
class Line:
    start: int
    end: int  # exclusive, before the newline
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class OutlineItem:
    marker: str  # "II", "2.1", "a", "Điều 3"
    path: str  # "II.2.1"
    level: int
    heading: str
    start: int  # start of the marker's line
    heading_end: int
    end: int = 0  # where the item's content ends


@dataclass
class Layout:
    lines: list[Line]
    header_end: int = 0  # first offset after the summary (or the header zone)
    header_lines: list[Line] = field(default_factory=list)  # issuer lines, top to bottom
    motto_org: str | None = None  # organisation named by the motto ("Đảng", "Đoàn TNCS Hồ Chí Minh")
    number_line: Line | None = None
    place_date_line: Line | None = None
    type_line: Line | None = None
    type_code: str | None = None
    title_lines: list[Line] = field(default_factory=list)
    authority_line: Line | None = None  # who issues, under a decision's summary ("ỦY BAN NHÂN DÂN TỈNH X")
    related_lines: list[Line] = field(default_factory=list)  # a portal's list of related documents above the copy
    outline: list[OutlineItem] = field(default_factory=list)
    bullets: list[Line] = field(default_factory=list)
    recipients_line: Line | None = None
    recipient_lines: list[Line] = field(default_factory=list)
    signature_lines: list[Line] = field(default_factory=list)
    signer_line: Line | None = None
    body_end: int = 0  # end of the main text (before "Nơi nhận" and the signature)
    annex_start: int | None = None
    table_rows: list[Line] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)  # outline starts, for item_at

    def excluded_spans(self) -> list[tuple[int, int]]:
        """Blocks that hold no citations, deadlines or tasks of the document's own."""
        spans = []
        if self.number_line:
            spans.append((self.number_line.start, self.number_line.end))
        for line in [self.recipients_line, *self.recipient_lines, *self.signature_lines, *self.related_lines]:
            if line is not None:
                spans.append((line.start, line.end))
        return spans

    def item_at(self, pos: int) -> OutlineItem | None:
        """The deepest outline item containing ``pos``: items nest, so it is the last one
        starting before ``pos`` that has not ended."""
        i = bisect.bisect_right(self._starts, pos) - 1
        while i >= 0:
            item = self.outline[i]
            if pos < item.end:
                return item
            i -= 1
        return None


_LINE = re.compile(r"[^\n]*")
_RECIPIENTS = re.compile(r"^[ \t]*[-•]?[ \t]*nơi nhận", re.M | re.I)
_ROMAN = re.compile(rf"^(?P<m>{ROMAN})\s*[.)]\s*(?P<h>\S.*)$")
_ARABIC = re.compile(rf"^(?P<m>{ARABIC})(?:\.|\)|(?<=\d\.\d)|(?<=\d\.\d\d))\s+(?P<h>\S.*)$")
_LETTER = re.compile(rf"^(?P<m>{LETTER})\)\s*(?P<h>\S.*)$")
_ARTICLE = re.compile(r"^(?P<m>(?:Điều|ĐIỀU)\s+\d{1,3})\s*[.:]?\s*(?P<h>.*)$")
# A part lettered in capitals above the Roman sections ("A. MỤC ĐÍCH, YÊU CẦU", "D. TỔ CHỨC THỰC
# HIỆN"): its heading in capitals too, so "A. Nguyễn Văn B" or "C. Ngày 20/5" are no part.
_PART = re.compile(r"^(?P<m>[A-HĐ])\.\s+(?P<h>\S.*)$")
_CHAPTER = re.compile(rf"^(?P<m>(?:Chương|CHƯƠNG|Phần|PHẦN)\s+{DIVISION_NUMBER})\s*[.:]?\s*(?P<h>.*)$")
_BULLET = re.compile(rf"^{BULLET}\s*\S")
# A division's heading opening a line: its word and its number, nothing glued to the number
# ("PHẦN I. KẾT QUẢ", "Chương II", "PHẦN THỨ NHẤT"), not "CHƯƠNG TRÌNH" nor "PHẦN LỚN".
_DIVISION_HEADING = re.compile(rf"^(?:{alternation(DIVISION_WORDS)})\s+(?:{DIVISION_NUMBER}|thứ\s+\w+|THỨ\s+\w+)(?![\w/])")
# "Số: 03/KH-TA"; the National Assembly and its Standing Committee name the type first:
# "Nghị quyết số: 75/2025/UBTVQH15", "Luật số: 31/2024/QH15".
# The named form needs its colon: "(kèm theo) Công văn số 4444 ..." is a citation, not a number line.
# "Số hiệu:", "Số công báo:" (a portal's labels) are no number line: a word in lower case follows.
# A scan's speck or a fax's streak before it reads as a mark ("- Số: 130/KH-UBND", "' Số: ..."):
# with its colon, still the number line.
# A fax's streak read as a short word before it ("cóc Số: 3557/QĐ-BYT", "hỏi - Số: 97/NQ-HĐND"): with
# its colon and the number after it, still the number line.
_NUMBER_LINE = re.compile(
    rf"^\s*(?:Số|SỐ|số)\b(?![ \t]+[{LOWER}])\s*:?|^\s*(?:[-–—_'\"“.,]{{1,2}}\s*)?Số\s*:"
    rf"|^\s*[^\W\d_]{{1,4}}(?:[ \t]+[-–—_'\"“.,]{{1,2}})?[ \t]+Số[ \t]*:[ \t]*\d|^\s*(?i:{TYPE_NAME_ALT})\s+(?:số|SỐ)\s*:",
    re.M,
)
_VV = re.compile(r"^\s*[“\"(]?\s*(?:V/v|V/V|v/v|Về việc)\s*:?\s*", re.I)
_LETTERS = re.compile(r"[^\W\d_]")


def is_upper_line(text: str) -> bool:
    if text.islower():  # many lines of a body have no capital at all: decided in C
        return False
    letters = _LETTERS.findall(text)
    if len(letters) < 2:
        return False
    return sum(1 for c in letters if c.isupper()) >= 0.8 * len(letters)


def _split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for part in text.split("\n"):
        lines.append(Line(pos, pos + len(part), part))
        pos += len(part) + 1
    if lines and lines[-1].start == len(text):
        lines.pop()  # the empty line after a final newline
    return lines


def _type_of_line(line: Line) -> str | None:
    """The type code when a line is a document type name standing alone ("KẾ HOẠCH"), after the
    specks a scan puts before it (". . NGHỊ QUYẾT")."""
    s = _LEAD_NON_LETTERS.sub("", line.stripped)
    s = _without_stamp_tail(s)
    if not s or len(s) > 40 or not is_upper_line(s):
        return None
    f = " ".join(fold(s).split())
    for name, code in TYPE_NAMES:
        if f == name or f.startswith(name + " liên tịch") or re.fullmatch(re.escape(name) + r" số\s*:?\s*\d{1,4}", f):
            return code  # "THÔNG BÁO SỐ 01": a notice numbered in its series
    # Misread marks (an old OCR layer kept as text: "THÔNG TU’"), not a text typed without marks ("KE HOACH")
    misread = misread_type_name(s) if not s.isascii() else None
    if misread:
        return next((code for name, code in TYPE_NAMES if fold(misread) == name), None)
    return _type_among_specks(line.stripped)


_NOT_LETTERS = re.compile(r"[^\w\s]|_")
_OPERATIVE = re.compile(r"[^\W\d_]:\s*$")
# One mark a fax left beside the type name, read as a digit or a letter alone ("NGHỊ QUYẾT 4", "NGHỊ QUYẾT Ì").
_SPECK_TOKEN = re.compile(r"\d|[^\W\d_]")


def _type_among_specks(s: str) -> str | None:
    """The type name on a line a fax strewed with marks, quotes, bars and cells ("HƯỚNG DẪN | |",
    "\"¬<tab>KẾ HOẠCH", "KẾ 'HOẠCH", "- QUYẾT ĐỊNH :", "NGHỊ QUYẾT 4"): what is left of it in capitals
    is a type name exactly, with one lone mark after it at most."""
    if _OPERATIVE.search(s):
        return None  # "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:": the operative formula after the grounds, its colon glued
    words = _NOT_LETTERS.sub(" ", s).split()
    if not words or len(" ".join(words)) > 40:
        return None
    if len(words) > 1 and _SPECK_TOKEN.fullmatch(words[-1]):
        words = words[:-1]
    if not is_upper_line(" ".join(words)):
        return None
    f = fold(" ".join(words))
    return next((code for name, code in TYPE_NAMES if f == name), None)


# After the type name, alone on its line (Decree 30/2020/NĐ-CP), a scan may read a seal's or a stamp's
# specks: in a cell of their own past a wide gap ("QUYẾT ĐỊNH<tab>É Í TÍ Jg)"), or after a mark, a
# letter or two that spell nothing ("NGHỊ QUYẾT. Jj").
_STAMP_CELL = re.compile(r"\t[^\t]*$")
_STAMP_MARK = re.compile(r"\s*[.,:;'`~_|]+\s*(?P<letters>[^\W\d_]{1,2})[)\]]?$")
STAMP_CELL_CHARS = 12  # what a speck cell may hold beside it (more is a cell of text)


def _without_stamp_tail(s: str) -> str:
    while "\t" in s:
        cell = _STAMP_CELL.search(s)
        if len(cell.group(0).replace(" ", "").strip()) > STAMP_CELL_CHARS:
            return s
        s = s[: cell.start()].rstrip()
    m = _STAMP_MARK.search(s)
    if m and not is_syllable(m["letters"]):
        return s[: m.start()]
    return s


def _motto(line: Line) -> tuple[bool, str | None]:
    f = " ".join(fold(line.stripped).replace("–", "-").split())
    return _motto_of(f.strip(" -_*"))


# Mottos compared without marks: OCR misreads a mark of a fixed phrase ("ĐOÀN TNCS HÒ CHÍ MINH"),
# and a motto read right matches without its marks too.
_BARE_MOTTOS = {strip_accents(motto): org for motto, org in M.MOTTOS.items()}


def _motto_of(f: str) -> tuple[bool, str | None]:
    """Whether a folded line is a motto (a few signs after it allowed), and the organisation it names."""
    bare = strip_accents(f)  # letter for letter: the lengths compared are the line's
    for motto, org in _BARE_MOTTOS.items():
        if bare == motto or (bare.startswith(motto) and len(bare) - len(motto) < 4):
            return True, org
    return False, None


_LEAD_NON_LETTERS = re.compile(r"^[^\w“\"(]+")
_RULE_LEAD = re.compile(r"^[-—–_.]{2,}\s*")  # the rule under a summary, run into its line
_CELL = re.compile(r"[^\t]+")


def _is_speck(cell: str) -> bool:
    """What a scan adds beside a line (stamp ink, a speck, the rule under the summary): no
    letters, or at most three characters."""
    s = cell.strip()
    return not _LETTERS.search(s) or len(s.replace(" ", "")) <= 3


def _without_specks(line: Line) -> Line:
    """A summary's line without the specks a scan put before or after it in cells of their own
    ("xa\tvề tình hình ...", "các\t3.000 km ..."), nor the rule run into its start."""
    if "\t" not in line.text:
        return line
    cells = [m for m in _CELL.finditer(line.text) if m.group(0).strip()]
    opener = next((k for k, c in enumerate(cells) if k and _VV.match(c.group(0))), None)
    if opener is not None:
        cells = cells[opener:]  # "cỗ nóng\thot PHỦ]\tVề việc ...": the summary starts at its "Về việc"
    while len(cells) > 1 and _is_speck(cells[0].group(0)):
        cells.pop(0)
    while len(cells) > 1 and _is_speck(cells[-1].group(0)):
        cells.pop()
    if not cells or sum(len(c.group(0).strip()) for c in cells) < 10:
        return line
    a, b = cells[0].start(), cells[-1].end()
    kept = line.text[a:b]
    lead = _RULE_LEAD.match(kept.lstrip())
    if lead and a > 0:
        a += len(kept) - len(kept.lstrip()) + lead.end()
    return Line(line.start + a, line.start + b, line.text[a:b])


# How a scan damages a centred summary: ink specks stand apart at a line's end ("... TRÊN ĐỊA :",
# "... CỦA ĐẢNG. :") or run into its start ("_—— LÀO CAI NĂM 2025.", "- học phổ thông năm 2024").
# They are neither the summary's last stop nor a bullet when the line goes on in the summary's case.
_SPECK_TAIL = re.compile(r"\s+[^\w\s“”\"()%,\-–]{1,3}$")  # not a dash: "GIAI ĐOẠN 2021 -" goes on
_SPECK_LEAD = re.compile(r"^(?:[-—–_~|.,:;'`]{2,}\s*|[-—–_~|]\s+)(?=\w)")


def _without_speck_tail(s: str) -> str:
    return _SPECK_TAIL.sub("", s)


def _speck_lead_goes_on(s: str, title: list[Line], after_blank: bool = False) -> int:
    """The length of the speck run a scan put before a summary's next line, when what follows it
    goes on in the summary's case (capitals after capitals, a small letter after a line in sentence
    case that did not stop); 0 when the line's mark is its own (a bullet, a rule)."""
    m = _SPECK_LEAD.match(s)
    if not m or not title:
        return 0
    rest, last = s[m.end() :], _without_speck_tail(title[-1].stripped)
    in_capitals = all(is_upper_line(t.stripped) for t in title)
    # A summary in capitals has no stop: one at its line's end, a blank line after it, is a fax's speck;
    # right above a dashed line it ends the summary, and the dash is a bullet.
    if last[-1:] in (":;!?" if in_capitals and after_blank else ".:;!?"):
        return 0
    if in_capitals:
        goes_on = is_upper_line(rest)
    else:
        goes_on = rest[:1].islower() and not is_upper_line(last)
    return m.end() if goes_on else 0


def _is_speck_line(s: str) -> bool:
    """A line a scan made of specks ("_", "'", ': _° " N': marks, a letter at most), standing where
    a blank line would; not an export's table border ("|" between the header's cells) nor an item's
    marker ("a)")."""
    if not s or len(s) > 10 or "|" in s or any(c.isdigit() for c in s):
        return False
    letters = len(_LETTERS.findall(s))
    if letters == 0:
        return len(s) <= 2
    return letters == 1 and len(s.replace(" ", "")) >= 3 and _marker(s)[1] is None


def _is_decoration(s: str) -> bool:
    return not _LETTERS.search(s) and not any(c.isdigit() for c in s)


def _joined(text: str, a: Line, b: Line) -> Line:
    """Two lines as one: the line break becomes a space, so offsets stay those of the text."""
    return Line(a.start, b.end, text[a.start : b.end].replace("\n", " "))


_PLACE_PIECE = re.compile(rf"{PLACE}[ \t]*[-–]?")
_NUMBER_ALONE = re.compile(r"^\s*(?:Số|SỐ)\s*:?\s*$")
# A number cut after a hyphen or slash of its symbol, and the rest of its codes on the next line.
_CUT_AT_HYPHEN = re.compile(r"\d[^\s]*[-/]$")
_CODE_PIECE = re.compile(rf"[{UPPER}][{UPPER}0-9&]*(?:[-/][{UPPER}0-9&]+)*")
_AND_EDGE = re.compile(r"(?:^|\s)(?:và|VÀ|,|-|–)$")
_AND_START = re.compile(r"^(?:và|VÀ)\s")


def spans_a_term(a: str, b: str) -> bool:
    """Whether a name's words run over the break between two header lines: "ỦY BAN NHÂN" / "DÂN",
    "VĂN PHÒNG CHÍNH" / "PHỦ", "THỦ TƯỚNG" / "CHÍNH PHỦ", "SỞ GIÁO DỤC VÀ" / "ĐÀO TẠO"."""
    if _AND_EDGE.search(a) or _AND_START.match(b):
        return True
    wa, wb = fold(a).split(), fold(b).split()
    if not wa or not wb:
        return False
    for term in M.WRAPPED_TERMS:
        parts = term.split()
        for k in range(1, len(parts)):  # k words of the term end line a, the rest start line b
            if wa[-k:] == parts[:k] and wb[: len(parts) - k] == parts[k:]:
                return True
    return False


def _is_motto_text(f: str) -> bool:
    return _motto_of(" ".join(f.replace("–", "-").split()).strip(" -_*"))[0]


def _is_motto_start(lines: list[Line], i: int) -> bool:
    """The national motto broken over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM")."""
    if i + 1 >= len(lines) or not lines[i].stripped.isupper():
        return False
    return _is_motto_text(fold(f"{lines[i].stripped} {lines[i + 1].stripped}"))


def _holds_motto(line: Line) -> bool:
    """A line that is the motto, or a header row flattened to one line with the motto in one of its
    cells ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |")."""
    if _motto(line)[0]:
        return True
    return ("|" in line.text or "\t" in line.text) and any(_motto(cell)[0] for cell in _split_cells([line]))


def _split_cells(lines: list[Line]) -> list[Line]:
    """A header table row flattened to one line, its cells between pipes ("ỦY BAN NHÂN DÂN | CỘNG HÒA
    XÃ HỘI CHỦ NGHĨA VIỆT NAM |") or tabs: each cell is a line of its own."""
    out: list[Line] = []
    for line in lines:
        if ("|" not in line.text and "\t" not in line.text) or not line.text.strip(" |\t"):
            out.extend(_split_columns(line))
            continue
        pos = line.start
        for part in re.split(r"[|\t]", line.text):  # Word exports a table's cells with tabs
            if part.strip():
                out.append(Line(pos, pos + len(part), part))
            pos += len(part) + 1
    return [piece for line in out for piece in _split_columns(line)]


_MOTTO_INSIDE = re.compile(r"\s(?=(?:cộng hòa xã hội chủ nghĩa việt nam|đảng cộng sản việt nam)\b)")
_MOTTO_SECOND_INSIDE = re.compile(r"\s(?=độc lập\s*[-–]\s*tự do\b)")


def _split_columns(line: Line, depth: int = 0) -> list[Line]:
    """Two header columns run together on one line: "ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI ...",
    "Số: 11/CT-UBND Hà Tĩnh, ngày 03 tháng 6 năm 2024"."""
    cut = None
    m = _MOTTO_INSIDE.search(fold(line.text))
    second = _MOTTO_SECOND_INSIDE.search(fold(line.text))
    if m and is_upper_line(line.text[: m.start()]) and starts_with_body(line.text[: m.start()].strip()):
        cut = m.end()  # a body's name first: not a summary that names the Party ("V/V KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG ...")
    elif second and line.text[: second.start()].strip() and is_upper_line(line.text[: second.start()]):
        cut = second.end()  # "HUYỆN CHÂU THÀNH Độc lập - Tự do - Hạnh phúc": the body's unit beside the motto's second line
    elif _NUMBER_LINE.match(line.text):
        pd = PLACE_DATE.search(line.text)
        if pd and line.text[: pd.start()].strip() and not line.text[pd.start() - 1 : pd.start()].isalnum():
            cut = pd.start()
    if cut is None:
        cut = _flattened_row_cut(line)
    if cut is None:
        return [line]
    if depth >= _MOST_CELLS:
        return [Line(line.start, line.start + cut, line.text[:cut]), Line(line.start + cut, line.end, line.text[cut:])]
    # A header flattened to one line holds more cells than two: each piece is split again.
    return [*_split_columns(Line(line.start, line.start + cut, line.text[:cut]), depth + 1),
            *_split_columns(Line(line.start + cut, line.end, line.text[cut:]), depth + 1)]


_MOST_CELLS = 4
_MOTTO_FIRST = re.compile(rf"\s*(?:{alternation(M.MOTTOS)})(?=\s+\S)")
# A Party header's number run on its body's name, after the star between them: "ĐẢNG ỦY XÃ X * Số 25-KH/ĐU".
_PARTY_NUMBER_INSIDE = re.compile(r"[ \t]+(?:\*[ \t]*)?(?=(?:Số|SỐ)[ \t]*:?[ \t]*\d)")


def _flattened_row_cut(line: Line) -> int | None:
    """Where a header flattened to one line (a web copy that lost its line breaks) leaves one cell
    for the next: after a motto that more text follows ("ĐẢNG CỘNG SẢN VIỆT NAM Tây Sơn, ngày ..."),
    or before the number run on a body's name ("ĐẢNG ỦY XÃ TÂY SƠN * Số 25-KH/ĐU")."""
    f = fold(line.text)
    m = _MOTTO_FIRST.match(f)
    if m is not None:
        return m.end()
    n = _PARTY_NUMBER_INSIDE.search(line.text)
    if n is not None and n.start() > 0:
        before = line.text[: n.start()].strip()
        if is_upper_line(before) and starts_with_body(before):
            return n.end()
    body = _BODY_UNDER_PARTY_ORG.match(f) or _DEPARTMENT_UNDER_STATE_BODY.match(f)
    if body is not None and is_upper_line(line.text):
        return body.end()
    return None


# A State header's two rows on one line: the people's committee above, its department that issues
# below it (Decree 30/2020, Appendix I): "ỦY BAN NHÂN DÂN TỈNH CÀ MAU SỞ Y TẾ".
_DEPARTMENT_UNDER_STATE_BODY = re.compile(
    r"\s*(?:ủy ban nhân dân|ubnd)\s+(?:tỉnh|thành phố|xã|phường|đặc khu)(?:\s+\S+){1,4}?\s+"
    r"(?=(?:sở|văn phòng|phòng|chi cục|trung tâm|thanh tra|ban quản lý|trường|bệnh viện)\s)"
)
# A Party header's two rows on one line: the Party organisation above, the committee or board that
# issues below it (Guidance 36-HD/VPTW): "ĐẢNG BỘ TỈNH GIA LAI ĐẢNG ỦY XÃ TÂY SƠN".
_BODY_UNDER_PARTY_ORG = re.compile(
    r"\s*đảng bộ(?:\s+\S+){2,6}?\s+(?=(?:đảng ủy|(?:tỉnh|thành|huyện|quận|thị) ủy|ban|chi bộ|ủy ban kiểm tra|văn phòng)\s)"
)


# A place-and-date line in the long form as a scan or a fax reads it: specks between the date's
# words and numbers ("ngày 09: tháng 10:", "năm:2014", "năm-2025", "tháng. 01"), the month word's
# mark misread ("thắng"), the year wrapped to the next line among specks ("năm ..." / "___ 2025.",
# "năm" / "" / ". 2024"). Its specks read as blanks (the same length: offsets stay the text's).
_DATE_DAY_WORD = re.compile(r"(?<![^\W\d_])ngày(?![^\W\d_])", re.I)
_MONTH_WORD_MISREAD = re.compile(r"(?<![^\W\d_])(th)[ắẳấạảà](ng)(?![^\W\d_])", re.I)
_LONG_DATE_WORDS = re.compile(r"(?<![^\W\d_])tháng(?![^\W\d_])", re.I)
_DATE_SPECK = re.compile(r"[^\w\s]|_")
_YEAR_PIECE = re.compile(r"(?:[^\w\s]|_|\s)*(?:năm\s*(?:[^\w\s]|_)*\s*)?(?:19|20)\d{2}(?:[^\w\s]|_|\s)*", re.I)
YEAR_LINES_AHEAD = 2  # the year on the next line, or past one blank line a scan put there


def date_specks_blanked(s: str) -> str | None:
    day = _DATE_DAY_WORD.search(s)
    if day is None:
        return None
    rest = _MONTH_WORD_MISREAD.sub(lambda m: f"{m[1]}{'Á' if m[0][2].isupper() else 'á'}{m[2]}", s[day.end() :])
    if not _LONG_DATE_WORDS.search(rest):
        return None  # "ngày 03/02/2023": its marks are the date's own
    return s[: day.end()] + _DATE_SPECK.sub(" ", rest).replace("\n", " ")


def _date_among_specks(text: str, lines: list[Line], i: int) -> tuple[Line, int] | None:
    """The place-and-date line read among a scan's specks, and the index of its last line."""
    line = lines[i]
    s = line.stripped
    if not s or PLACE_DATE.search(s) or _NUMBER_LINE.match(s) or not _DATE_DAY_WORD.search(s):
        return None
    for j in range(i, min(len(lines), i + 1 + YEAR_LINES_AHEAD)):
        if j > i and lines[j].stripped and not _YEAR_PIECE.fullmatch(lines[j].stripped):
            return None
        if j > i and not lines[j].stripped:
            continue
        blanked = date_specks_blanked(text[line.start : lines[j].end])
        if blanked is not None and PLACE_DATE.search(blanked):
            return Line(line.start, lines[j].end, blanked), j
    return None


def _merge_wrapped(lines: list[Line], text: str) -> list[Line]:
    """Header lines as printed, before a narrow table cell wrapped them: the motto, the place and
    date ("Quảng Nam, ngày 14" / "tháng 3 năm 2023", "Thừa" / "Thiên Huế, ngày ..."), a number
    ("Số:" / "24/KH-UBND") and a body's name cut inside a term are joined back."""
    lines = _split_cells(lines)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.stripped
        mended = _date_among_specks(text, lines, i)
        if mended is not None:
            out.append(mended[0])
            i = mended[1] + 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if not s or nxt is None or not nxt.stripped:
            out.append(line)
            i += 1
            continue
        n = nxt.stripped
        third = lines[i + 2] if i + 2 < len(lines) and lines[i + 2].stripped else None
        if not _motto(line)[0] and third is not None and _is_motto_text(fold(f"{s} {n} {third.stripped}")):
            out.append(_joined(text, line, third))
            i += 3
            continue
        if not _motto(line)[0] and _is_motto_text(fold(f"{s} {n}")):
            out.append(_joined(text, line, nxt))
            i += 2
            continue
        if not PLACE_DATE.search(s) or _PLACE_PIECE.fullmatch(s):
            both = _joined(text, line, nxt)
            m = PLACE_DATE.match(both.stripped)
            if m and len(both.text) - len(both.text.lstrip()) + m.end() > len(line.text):
                out.append(both)
                i += 2
                continue
            if third is not None and not PLACE_DATE.search(n) and len(s) + len(n) < 60:
                # "Thành phố Hồ Chí Minh, ngày" / "18 tháng 11" / "năm 2025"
                three = _joined(text, line, third)
                m = PLACE_DATE.match(three.stripped)
                if m and len(three.text) - len(three.text.lstrip()) + m.end() > len(both.text):
                    out.append(three)
                    i += 3
                    continue
        if _NUMBER_ALONE.match(s) or (_NUMBER_LINE.match(s) and _CUT_AT_HYPHEN.search(s) and _CODE_PIECE.fullmatch(n.rstrip(" -–_.,:;'\"`"))):
            # "Số:" / "24/KH-UBND"; "Số: 1994/QĐ-" / "UBND": a narrow cell wrapped the number at its hyphen
            out.append(_joined(text, line, nxt))
            i += 2
            continue
        if is_upper_line(s) and is_upper_line(n) and spans_a_term(s, n):
            merged = _joined(text, line, nxt)
            lines = [*lines[:i], merged, *lines[i + 2 :]]  # the joined line may run on again
            continue
        out.append(line)
        i += 1
    return out


def _find_header(layout: Layout, text: str) -> None:
    lines = layout.lines
    limit = min(len(lines), 60)
    # A portal page copies the header under its own block of labels: the header is where the motto is.
    motto_idx = next((i for i in range(min(len(lines), 200)) if _holds_motto(lines[i]) or _is_motto_start(lines, i)), None)
    if motto_idx is not None:
        limit = min(len(lines), max(limit, motto_idx + 25))
    type_idx = None
    for i in range(limit):
        if fold(lines[i].stripped).startswith(GROUNDS_OPENERS):
            break  # the grounds: a type name after them is the operative "QUYẾT ĐỊNH:", not the header's
        code = _type_of_line(lines[i])
        if code:
            type_idx, layout.type_code, layout.type_line = i, code, lines[i]
            break
    run_on = None
    if type_idx is None:
        found = _type_run_on(lines, limit)
        if found is not None:
            type_idx, layout.type_code, layout.type_line, run_on = found
    # The header zone: everything above the type name, or the first lines up to the body.
    zone_start = 0
    if type_idx is not None:
        zone_end = type_idx
    else:
        zone_end = _first_body_line(lines, limit)
        if motto_idx is not None and zone_end < motto_idx:
            # Text before the motto (a portal's summary of the letter): the header starts after it.
            zone_start = next((i + 1 for i in range(motto_idx - 1, max(-1, motto_idx - 10), -1) if len(lines[i].stripped) > 140), max(0, motto_idx - 9))
            zone_end = _first_body_line(lines, limit, motto_idx)
    for line in _merge_wrapped(lines[zone_start:zone_end], text):
        s = line.stripped
        if not s or _is_decoration(s):
            continue
        if layout.place_date_line is None and PLACE_DATE.search(s):
            layout.place_date_line = line
            continue
        if layout.number_line is None and _NUMBER_LINE.match(s):
            layout.number_line = line
            continue
        is_motto, org = _motto(line)
        if is_motto:
            layout.motto_org = layout.motto_org or org
            continue
        if _VV.match(s) and type_idx is None:
            layout.title_lines.append(line)
            continue
        if is_upper_line(s) and len(s) <= 90:
            layout.header_lines.append(line)
    if type_idx is not None:
        if run_on is not None:
            layout.title_lines = [run_on, *_title_after(lines, type_idx + 1, continuation=True, first=run_on)]
        else:
            layout.title_lines = _title_after(lines, type_idx + 1)
        last = layout.title_lines[-1] if layout.title_lines else layout.type_line
        layout.header_end = last.end
        # The line naming who issues belongs to the header, not to the body's tasks.
        j = bisect.bisect_right([ln.start for ln in lines], last.start)  # the line after the one holding ``last``
        while j < len(lines) and not lines[j].stripped:
            j += 1
        if layout.title_lines and j < len(lines) and _is_authority_of_issue(lines, j, last.stripped):
            layout.authority_line = lines[j]
            while j < len(lines) and (not lines[j].stripped or is_upper_line(lines[j].stripped) or lines[j].stripped.endswith(":")):
                if fold(lines[j].stripped).startswith(M.BODY_OPENERS):
                    break
                layout.header_end = max(layout.header_end, lines[j].end)
                if lines[j].stripped.endswith(":"):
                    break
                j += 1
    else:
        if not layout.title_lines and layout.place_date_line is not None:
            layout.title_lines = _summary_without_type_line(lines, layout.place_date_line, zone_end)
        if layout.title_lines:  # "V/v ..." may run over two lines
            i = bisect.bisect_right([ln.start for ln in lines], layout.title_lines[0].start) - 1  # a cell may be part of a line
            layout.title_lines = [layout.title_lines[0], *_title_after(lines, i + 1, continuation=True, first=layout.title_lines[0])]
        layout.header_end = lines[zone_end - 1].end if zone_end > 0 else 0
    # A place-and-date line or a number may sit just below the summary in some exports.
    if layout.place_date_line is None or layout.number_line is None:
        for line in _merge_wrapped(lines[zone_end : zone_end + 12], text):
            s = line.stripped
            if layout.place_date_line is None and PLACE_DATE.match(s):
                layout.place_date_line = line
            elif layout.number_line is None and _NUMBER_LINE.match(s) and len(s) < 60:
                layout.number_line = line


def _type_run_on(lines: list[Line], limit: int) -> tuple[int, str, Line, Line] | None:
    """A type name with the summary's first words run into its line, below the header's motto, number
    or place-and-date line ("QUY CHẾ LÀM" / "VIỆC" / "CỦA ỦY BAN ...": an export that wrapped the
    heading anywhere): the line's index, the code, the type name's part and the summary's part."""
    below_header = False
    motto_end = -1  # the motto's second line, when it runs over two
    for i in range(limit):
        s = lines[i].stripped
        if fold(s).startswith(GROUNDS_OPENERS) or _VV.match(s):
            return None  # the grounds, or a letter's "V/v" subject: a heading below it is the letter's text
        if _is_motto_start(lines, i):
            motto_end = i + 1
        if PLACE_DATE.search(s) or _NUMBER_LINE.match(s) or _holds_motto(lines[i]) or i <= motto_end:
            below_header = True
            continue
        line = _before_run_on_grounds(lines[i])  # the body's first sentence run on the heading cut off
        s = line.stripped
        upper = is_upper_line(s)
        if not below_header or not s or not (upper or _SENTENCE_CASE_RUN_ON.match(s)) or len(s) > 200:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        f = fold(s)
        for name, code in TYPE_NAMES:
            if not f.startswith(name + " ") or (not upper and not s[: len(name)].isupper()):
                continue
            rest = s[len(name) :].lstrip()
            if not rest or fold(rest).startswith(("số", "liên tịch")) or starts_with_body(s):
                break
            cut = line.start + lead + len(s) - len(rest)
            return i, code, Line(line.start, line.start + lead + len(name), line.text[: lead + len(name)]), Line(cut, line.end, rest)
        if len(s.split()) > 3:
            return None  # a line of the summary or the body in capitals before any type name
    return None


# A web copy that joined the heading's lines puts the type name and a summary in sentence case on
# one line ("KẾ HOẠCH Tổ chức Ngày hội ..."): the type name in capitals, the summary's first word
# capitalised.
_SENTENCE_CASE_RUN_ON = re.compile(rf"[{UPPER} ]{{4,30}}[ \t]+(?:[{UPPER}][{LOWER}]|V/v)")
# The grounds in their own form ("Căn cứ Luật ...", "Xét đề nghị ...", capitalised as a sentence's
# start) inside a summary's line: a copy that joined the lines ran the body's first sentence on.
_RUN_ON_GROUNDS = re.compile(r"[ \t]+(?=(?:" + "|".join(g[:1].upper() + g[1:] for g in GROUNDS_OPENERS) + r")[ \t])")


def _before_run_on_grounds(line: Line) -> Line:
    """A summary's line cut before the body's first sentence run on it ("... trên địa bàn xã Căn cứ
    Luật ..."); the whole line when none is."""
    m = _RUN_ON_GROUNDS.search(line.text)
    if m is None or len(line.text[: m.start()].split()) < 3:
        return line
    return Line(line.start, line.start + m.start(), line.text[: m.start()])


def _summary_without_type_line(lines: list[Line], place_date: Line, zone_end: int) -> list[Line]:
    """A scan whose type name OCR lost still shows the summary: the line in normal case between
    the place-and-date line and the line naming who issues ("THỦ TƯỚNG CHÍNH PHỦ") before "Căn cứ".
    A web export that dropped the type name keeps the summary in capitals there ("BAN HÀNH QUY
    CHẾ ..." / "ỦY BAN NHÂN DÂN TỈNH X"): taken when it names no body and the authority follows."""
    starts = [ln.start for ln in lines]
    i = bisect.bisect_right(starts, place_date.start)
    candidates = [j for j in range(i, min(zone_end, i + 6)) if lines[j].stripped]
    for k, j in enumerate(candidates[:-1]):
        s = lines[j].stripped
        if not 10 <= len(s) <= 250 or fold(s).startswith(M.BODY_OPENERS):
            continue
        nxt = candidates[k + 1]
        if is_upper_line(s):
            names_a_body = starts_with_body(s) or _TITLE_START.match(fold(s)) or _motto(lines[j])[0]
            if len(s.split()) >= 4 and not names_a_body and _is_authority_of_issue(lines, nxt, s):
                return [lines[j]]
            continue
        return [lines[j]] if _is_authority_of_issue(lines, nxt, s) else []
    return []


def _first_body_line(lines: list[Line], limit: int, start: int = 0) -> int:
    for i in range(start, limit):
        s = lines[i].stripped
        f = fold(s)
        if f.startswith(M.BODY_OPENERS[:3]) or _ROMAN.match(s) or (len(s) > 140 and not _VV.match(s)):
            return i  # a long line opens the body; a letter's "V/v" subject may be long and is the header's
    return min(limit, 15)


def _title_after(lines: list[Line], i: int, continuation: bool = False, first: Line | None = None) -> list[Line]:
    """The summary's lines from line ``i``: under the type name, or going on after ``first``
    (a letter's "V/v ..." line) when ``continuation``."""
    title: list[Line] = [first] if first else []
    # Exports may leave a blank line between the type name and the summary.
    while not continuation and i < len(lines) and not lines[i].stripped and not title and i < len(lines) - 1:
        if lines[i + 1].stripped:
            i += 1
            break
        i += 1
    while i < len(lines) and len(title) < _most_title_lines(title):
        line = _without_specks(lines[i])
        s = line.stripped
        after_blank = i > 0 and not lines[i - 1].stripped
        lead = _speck_lead_goes_on(s, title, after_blank) if title else 0
        if lead:
            off = line.text.index(s) + lead
            line = Line(line.start + off, line.end, line.text[off:])
            s = line.stripped
        if _is_speck_line(s) and title:
            s = ""
        if not s and (title or continuation) and _title_goes_on_after_blank(lines, i, title):
            i += 1  # a summary in two paragraphs: "Kết quả ..." / "" / "Năm học 2016 - 2017"
            continue
        if not s or _is_decoration(s):
            break
        f = fold(s)
        if _motto(lines[i])[0]:
            break
        if title or continuation:
            # "Thực hiện ..." opens the body; "thực hiện Nghị quyết số ..." in small letters goes on with the summary
            if (f.startswith(M.BODY_OPENERS[:3]) and not s[:1].islower()) or _ROMAN.match(s) or _ARABIC.match(s) or _BULLET.match(s):
                break
            if _DIVISION_HEADING.match(s):
                break  # "PHẦN I. KẾT QUẢ ...", "Chương I", "Phần thứ nhất": the body's first division
            if is_upper_line(s) and not s[:1].isdigit() and not is_upper_line(title[-1].stripped if title else "x"):
                break  # a header line in capitals after a summary in lower case (not "142/2008/QĐ-TTg" after "số")
            if title and all(is_upper_line(t.stripped) for t in title) and _has_lower_words(s):
                names_it = (s.split()[0].isupper() and starts_with_body(s)) or _TERM_START.match(fold(s))
                if not (fold(title[-1].stripped).startswith(_CONFERENCE) and names_it):
                    break  # the body's first sentence after a summary in capitals
                # "HỘI NGHỊ LẦN THỨ BẢY" / "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI) về ...": the plenum's
                # committee, its subject run on (Guidance 36-HD/VPTW: a plenum's conclusion or resolution);
                # the summary ends with that subject, the body's sentence follows.
                title.append(line)
                break
            if PLACE_DATE.match(s) or _NUMBER_LINE.match(s) or "\t" in s:
                break
            if title and _STAMP_DIGITS.fullmatch(s) and not _YEAR.search(s):
                break  # "15 06 '18": an arrival stamp's date under the summary; a wrapped year ("2021 - 2025") goes on
            if title and _is_authority_of_issue(lines, i, title[-1].stripped):
                break  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" between a decision's summary and "Căn cứ"
        elif PLACE_DATE.match(s) or _NUMBER_LINE.match(s) or f.startswith("kính gửi"):
            break
        tail = _SPECK_TAIL.search(line.text.rstrip())
        if tail:
            line = Line(line.start, line.start + tail.start(), line.text[: tail.start()])  # "... TRÊN ĐỊA :"
        cut = _before_run_on_grounds(line)
        title.append(cut)
        if cut is not line:
            break
        i += 1
    return title[1:] if first else title


_CONFERENCE = ("hội nghị ", "kỳ họp ")
_STAMP_DIGITS = re.compile(r"[\d\s'’.,:/-]*\d[\d\s'’.,:/-]*")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# "(KHÓA XVI) về ...": the committee's term; or the end of its name wrapped before it ("BAN CHẤP HÀNH
# ĐẢNG BỘ" / "TỈNH (KHÓA XVI) về ...", a narrow heading wrapped inside the name).
_TERM_START = re.compile(
    rf"(?:(?:{alternation(u for u in M.ADMIN_UNITS if not u.endswith('.'))})(?:\s+[^\s(]+){{0,3}}\s+)?\(?\s*(?:khóa|khoá)\s+[ivxlc]+\b"
)


def _has_lower_words(s: str) -> bool:
    """A line in sentence case: several words in lower case (not one "về" or "và" in capitals)."""
    return sum(1 for w in s.split() if w[:1].islower()) >= 3 and not is_upper_line(s)


MOST_TITLE_LINES = 5
MOST_CAPITAL_TITLE_LINES = 9  # capitals are wide: a long summary in capitals wraps to more lines (8 in a narrow cell, and a line a scan read twice)


def _most_title_lines(title: list[Line]) -> int:
    if title and all(is_upper_line(t.stripped) for t in title):
        return MOST_CAPITAL_TITLE_LINES
    return MOST_TITLE_LINES


_OPEN_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–]$")
_YEAR_CLOSING = re.compile(r"(?:19|20)\d{2}(?!\d)(?:\s*\)?)?(?:\s|$)")


def _title_goes_on_after_blank(lines: list[Line], i: int, title: list[Line]) -> bool:
    """One blank line inside a summary (Word exports one paragraph per line of the summary; OCR
    puts one between the wrapped lines of a centred summary in capitals): the next line goes on
    with it when it opens neither the body nor a block."""
    if not title or i + 1 >= len(lines):
        return False
    in_capitals = all(is_upper_line(t.stripped) for t in title)
    if len(title) > (MOST_CAPITAL_TITLE_LINES - 2 if in_capitals else 2):
        return False
    nxt = _without_specks(lines[i + 1]).stripped
    nxt = nxt[_speck_lead_goes_on(nxt, title, after_blank=True) :]
    last = _without_speck_tail(title[-1].stripped)
    # A summary's line ending on "của các", "và", "về": the rest of the phrase follows, long or not;
    # so does a summary in capitals with its next line in capitals (OCR joins wrapped lines).
    longest = 250 if _OPEN_END.search(last) or (in_capitals and is_upper_line(nxt)) else 120
    # A line in capitals ending on a stop goes on with a summary in capitals: a scan's speck there,
    # since a summary has no stop of its own (Decree 30/2020/NĐ-CP); "QUYẾT ĐỊNH:" ends on a colon.
    stops = ":;" if in_capitals and is_upper_line(nxt) else ".:;"
    # So is a stop ending the last line, when the next goes on in capitals ("... CỦA TRUNG." / "" / "TÂM ...").
    own_stops = ":;!?" if in_capitals and is_upper_line(nxt) else ".:;!?"
    if not nxt or len(nxt) > longest or last[-1:] in own_stops or nxt[-1:] in stops:
        return False
    if _OPEN_YEAR_RANGE.search(last) and _YEAR_CLOSING.match(nxt):
        return True  # "... GIAI ĐOẠN 2026-" / "" / "2030": a span of years is not left open
    f = fold(nxt)
    if f.startswith(M.BODY_OPENERS) or _marker(nxt)[1] is not None or _BULLET.match(nxt) or _motto(lines[i + 1])[0]:
        return False
    if _DIVISION_HEADING.match(nxt) or _type_of_line(lines[i + 1]):
        return False
    if PLACE_DATE.match(nxt) or _NUMBER_LINE.match(nxt) or f.startswith(("kính gửi", "nơi nhận")):
        return False
    if is_upper_line(nxt) != is_upper_line(last):
        return False
    if in_capitals and not _DANGLING.search(last) and _opens_the_grounds_block(lines, i + 1):
        return False
    return not _is_authority_of_issue(lines, i + 1, last)


def _opens_the_grounds_block(lines: list[Line], i: int) -> bool:
    """Who issues, in capitals, then "Căn cứ" - with the blank lines OCR puts between every line
    ("HỘI ĐỒNG NHÂN DÂN TỈNH X" / "" / "KHÓA XII, KỲ HỌP THỨ 20" / "" / "Căn cứ ...")."""
    s = lines[i].stripped
    if not (starts_with_body(s) or _TITLE_START.match(fold(s))):
        return False
    seen = 0
    for j in range(i + 1, min(len(lines), i + 8)):
        nxt = lines[j].stripped
        if not nxt:
            continue
        if fold(nxt).startswith(GROUNDS_OPENERS):
            return True
        seen += 1
        if seen > 2 or not is_upper_line(nxt):
            return False
    return False


_OPEN_END = re.compile(r"\s(?:của|các|những|và|về|cho|tại|với|trong|đến|để|theo)$")
_DANGLING = re.compile(r"(?:\s(?:của|CỦA|và|VÀ|về|VỀ|cho|CHO|tại|TẠI)|[,\-–])$")


def _is_authority_of_issue(lines: list[Line], i: int, before: str) -> bool:
    """The line naming who issues (Decree 30/2020/NĐ-CP: "thẩm quyền ban hành"), which decisions and
    resolutions print between the summary and their grounds: a body or a title and its body
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", "HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA XIII, KỲ HỌP THỨ 7"),
    right before "Căn cứ"."""
    s = lines[i].stripped
    if _DANGLING.search(before):
        return False
    f = fold(s)
    title = _TITLE_START.match(f)
    if not (starts_with_body(s) or title):
        return False
    if title:
        # A title names its body next ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"); a summary's line that only
        # begins with the words of one goes on otherwise ("... CỦA BAN" / "BÍ THƯ VỀ TĂNG CƯỜNG ...").
        rest = " ".join(s.split()[len(title.group(0).split()) :])
        if rest and not rest.endswith(":") and not starts_with_body(rest):
            return False
    if s.endswith(":") and is_upper_line(s.rsplit(" ", 1)[0]):
        return True  # "THỦ TƯỚNG CHÍNH PHỦ điện:", "BỘ TRƯỞNG BỘ Y TẾ QUYẾT ĐỊNH:"
    if not is_upper_line(s):
        return False
    seen = 0  # its lines in capitals before the grounds; a scan's blank lines between them do not count
    for j in range(i + 1, min(len(lines), i + 8)):
        nxt = lines[j].stripped
        if not nxt:
            continue
        if fold(nxt).startswith(GROUNDS_OPENERS):
            return True
        seen += 1
        if seen > AUTHORITY_MORE_LINES or not is_upper_line(nxt):
            return False
    return False


AUTHORITY_MORE_LINES = 2  # "HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA XVIII, KỲ HỌP THỨ 4", which a scan may read in two pieces


def _find_outline(layout: Layout, text: str, start_line: int) -> None:
    roman = ""
    stack: list[OutlineItem] = []
    items = layout.outline
    for line in layout.lines[start_line:]:
        s = line.text.lstrip()
        if not s:
            continue
        indent = len(line.text) - len(s)
        kind, m = _marker(s)
        if m is None:
            if _BULLET.match(s):
                layout.bullets.append(line)
            if "\t" in line.text:
                layout.table_rows.append(line)
            continue
        if "\t" in line.text:
            layout.table_rows.append(line)
            continue
        marker = m.group("m")
        if kind == "part":
            level, roman = 1, ""
            path = marker
        elif kind == "roman":
            if marker not in _ROMANS:
                continue
            level, roman = 1, marker
            path = marker
        elif kind == "chapter":
            level, roman = 1, " ".join(marker.split())
            path = roman
        elif kind == "article":
            level = 2
            path = f"{roman}.{' '.join(marker.split())}" if roman else " ".join(marker.split())
        elif kind == "arabic":
            level = 2 + marker.count(".")
            path = f"{roman}.{marker}" if roman else marker
        else:
            parent = next((it for it in reversed(stack) if it.level < 5), None)
            level = (parent.level + 1) if parent else 3
            path = f"{parent.path}.{marker}" if parent else marker
        heading = _heading(m.group("h"))
        heading_start = line.start + indent + m.start("h") if m.group("h") else line.end
        item = OutlineItem(marker, path, level, heading, line.start, heading_start + len(heading))
        while stack and stack[-1].level >= level:
            stack.pop().end = line.start
        stack.append(item)
        items.append(item)
    for item in stack:
        item.end = layout.body_end if item.start < layout.body_end else len(text)
    for item in items:  # nothing in the main text runs into the signature or the annexes
        if item.start < layout.body_end < item.end:
            item.end = layout.body_end


_MARKERS = ((_PART, "part"), (_ROMAN, "roman"), (_CHAPTER, "chapter"), (_ARTICLE, "article"), (_ARABIC, "arabic"), (_LETTER, "letter"))


_MARKER_FIRST = set("IVXCPĐABDEGH0123456789")  # how every marker but "a)" begins


def _marker(s: str) -> tuple[str, re.Match[str] | None]:
    """The kind of outline marker a line starts with, and its match."""
    if s[:1] not in _MARKER_FIRST and s[1:2] != ")":
        return "", None  # most lines: no pattern to try
    for pattern, kind in _MARKERS:
        m = pattern.match(s)
        if m and (kind != "part" or is_upper_line(m.group("h"))):
            return kind, m
    return "", None


_ROMANS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"}


_HEADING_STOP = re.compile(r"[.;](?:\s|$)")
# "Đ/c Nguyễn Văn A", "TS. Nguyễn Văn A", "Đại tá Nguyễn Văn A": the name is what follows.
HONORIFIC = re.compile(r"^(?:" + "|".join(re.escape(h) for h in sorted(M.HONORIFICS, key=len, reverse=True)) + r")(?:\s+|(?<=[.:)])(?=[A-ZĐÀ-Ỹ]))")


def _heading(h: str) -> str:
    h = h.strip()
    colon = h.find(":")
    if 0 < colon <= 150:
        return h[:colon].strip()
    stop = _HEADING_STOP.search(h)
    if stop and stop.start() <= 200:
        return h[: stop.start()].strip()
    if len(h) <= 200:
        return h
    cut = h.rfind(" ", 0, 200)
    return h[: cut if cut > 0 else 200]


# A capitalised name word; Central Highlands names join a capital after an apostrophe ("H'Hen").
_NAME_WORD = re.compile(rf"^[{UPPER}](?:'[{UPPER}])?[{LOWER}]*$")


_NAME_EDGE_SPECKS = re.compile(r"^[\W_]+|[\W_]+$")
_LONE_SMALL_LETTER = re.compile(rf"(?<=\s)[{LOWER}](?=\s)")


def name_without_specks(s: str) -> str:
    """A signer's name as a scan reads it among the seal's and the signature's specks: marks before
    and after it ('" Phạm Mạnh Cường -'), a lone small letter between its capitalised words
    ('Phạm n Thị Thanh Trà')."""
    return " ".join(_LONE_SMALL_LETTER.sub(" ", _NAME_EDGE_SPECKS.sub("", s.strip())).split())


def is_name_line(s: str) -> bool:
    """A person's name standing alone: 2 to 5 capitalised syllables, a Vietnamese family name first."""
    s = HONORIFIC.sub("", s.strip().strip(".,;"))
    words = s.split()
    if not 2 <= len(words) <= 5:
        return False
    if words[0] not in M.SURNAMES and words[0].capitalize() not in M.SURNAMES:
        return False
    if all(w.isupper() for w in words):  # "NGUYỄN VĂN A" in capitals
        return all(_NAME_WORD.match(w.capitalize()) for w in words)
    return all(_NAME_WORD.match(w) for w in words)


_TITLE_START = re.compile("(?:" + alternation(M.SIGNER_TITLES) + r")(?: |$)")


def _looks_like_name(s: str) -> bool:
    """Right under a signer's title: 2 to 5 capitalised words, whatever the family name
    ("Y Biêr Niê", "Điểu Hà"), but no digits and nothing a title or body would say."""
    s = HONORIFIC.sub("", s.strip().strip(".,;"))
    words = s.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in s) or is_signature_title(s):
        return False
    if s.isupper():
        return len(s) < 30 and all(_NAME_WORD.match(w.capitalize()) for w in words)
    return all(_NAME_WORD.match(w) for w in words)  # every word capitalised: "Đã ký" is not a name


def is_signature_title(s: str) -> bool:
    if len(s) > 90:
        return False
    f = " ".join(fold(s).strip(" .,:;").split())
    if AUTHORITY_LINE.match(f):
        return True
    m = _TITLE_START.match(f)
    return bool(m) and len(f) < m.end() + 40


def _find_closing(layout: Layout, text: str) -> None:
    """Nơi nhận, the signature block and where the annexes begin."""
    lines = layout.lines
    n = len(lines)
    first_body = next((i for i, ln in enumerate(lines) if ln.start >= layout.header_end), n)
    rec = _RECIPIENTS.search(text, lines[first_body].start) if first_body < n else None
    rec_idx = bisect.bisect_right([ln.start for ln in lines], rec.start()) - 1 if rec else None
    # The signature: an authority line ("TM. BAN BÍ THƯ"), else a title line standing alone.
    # (or the right cell of a line whose left cell is the recipients' heading OCR misread: "bi nhận:<tab>KT.BỘ TRƯỞNG")
    sig_idx = next((i for i in range(first_body, n) if _is_authority_line(lines[i].stripped)
                    or ("\t" in lines[i].stripped and _is_authority_line(lines[i].stripped.rsplit("\t", 1)[1].strip()))), None)
    if sig_idx is None and rec_idx is not None:
        sig_idx = next((i for i in range(rec_idx, min(n, rec_idx + 40)) if _is_title_line(lines[i].stripped)), None)
    if sig_idx is None and rec_idx is None:
        sig_idx = _late_title_line(lines, first_body)
    if rec_idx is not None:
        layout.recipients_line = lines[rec_idx]
        _recipient_block(layout, rec_idx)
    # The signer's name follows the titles, or the list of recipients printed beside them.
    starts = [i for i in (sig_idx, rec_idx) if i is not None]
    if starts:
        for i in range(min(starts), min(n, min(starts) + 45)):
            s = lines[i].stripped
            if not s or _BULLET.match(s) or lines[i] in layout.recipient_lines:
                continue
            if _is_title_line(s) or _is_authority_line(s):
                layout.signature_lines.append(lines[i])
                continue
            last = layout.signature_lines[-1] if layout.signature_lines else None
            if last is not None and last.end + 1 == lines[i].start and is_upper_line(s) and spans_a_term(last.stripped, s):
                layout.signature_lines[-1] = _joined(text, last, lines[i])  # "TM. ỦY BAN" / "NHÂN DÂN"
                continue
            if s.endswith((",", ";")):
                continue  # "Đ/c Nguyễn Văn A," a recipient: a signer's name stands alone
            if is_upper_line(s) and " ".join(fold(s).strip(" |").split()) in CODE_OF_NAME:
                # "KẾ HOẠCH" under "KT. THỦ TƯỚNG": an annexed plan opens with its type name right after
                # the signature block (Decree 30/2020/NĐ-CP, Appendix I); a copy that dropped the name
                # leaves the annex, never a signer's name.
                break
            bare = name_without_specks(s)
            if is_name_line(s) or (layout.signature_lines and _looks_like_name(s)) or (layout.signature_lines and bare != s and is_name_line(bare)):
                layout.signer_line = lines[i]
                layout.signature_lines.append(lines[i])
                break
    ends = [ln.start for ln in (layout.recipients_line, *layout.signature_lines[:1]) if ln is not None]
    layout.body_end = min(ends) if ends else len(text)
    after = max([layout.body_end] + [ln.end for ln in (*layout.signature_lines, *layout.recipient_lines)])
    for ln in lines:
        if ln.start <= after:
            continue
        f = fold(ln.stripped)
        if f.startswith(M.ANNEX_OPENERS) or (is_upper_line(ln.stripped) and not is_signature_title(ln.stripped)):
            layout.annex_start = ln.start
            break


def _is_authority_line(s: str) -> bool:
    return bool(s) and len(s) < 90 and bool(AUTHORITY_LINE.match(s)) and is_upper_line(s.replace("/", ""))


def _is_title_line(s: str) -> bool:
    return bool(s) and len(s) < 60 and is_signature_title(s) and is_upper_line(s)


def _recipient_block(layout: Layout, rec_idx: int) -> None:
    """The lines of "Nơi nhận": bullets and their wrapped continuations, not the signature beside them."""
    lines = layout.lines
    first = lines[rec_idx].stripped
    if ":" in first and first.split(":", 1)[1].strip():  # "Nơi nhận: - Như trên;" on one line
        layout.recipient_lines.append(lines[rec_idx])
    blanks = 0
    after_title = False
    for j in range(rec_idx + 1, min(len(lines), rec_idx + 60)):
        s = lines[j].stripped
        if not s:
            blanks += 1
            if blanks >= 3:
                break
            continue
        blanks = 0
        if _is_title_line(s) or AUTHORITY_LINE.match(s):
            after_title = True
            continue  # two columns exported one after the other: the signature is interleaved
        if ((is_name_line(s) or (after_title and _looks_like_name(s))) and not s.endswith((",", ";"))) or s.startswith(("(Đã ký)", "(đã ký)", "Đã ký", "Để báo cáo")):
            continue  # a signer's name, whatever the family name, right under the titles
        after_title = False
        if layout.recipient_lines and not _BULLET.match(s) and is_upper_line(s) and len(s) > 3:
            break  # the annex's header
        if _ROMAN.match(s) or (layout.recipient_lines and _ARABIC.match(s)):
            break
        layout.recipient_lines.append(lines[j])


def _late_title_line(lines: list[Line], first_body: int) -> int | None:
    """Without Nơi nhận or an authority: a title line standing alone in the last lines."""
    for i in range(len(lines) - 1, max(first_body, len(lines) - 30) - 1, -1):
        s = lines[i].stripped
        if s and is_signature_title(s) and is_upper_line(s) and len(s) < 60:
            return i
    return None


_RELATED_ENTRY = re.compile(M.RELATED_ENTRY)
_STATUS_NOTE = re.compile(M.STATUS_NOTE, re.I)
_STATUS_NOTE_REACH = 12  # the copy's header starts within this many lines below the site's note


def _related_lines(lines: list[Line]) -> list[Line]:
    """A portal's list of related documents at the top of the page, entries numbered "- 1Luật ...",
    "- 2Quyết định ...", when the copy's header follows it (its motto within the next lines)."""
    entries: list[Line] = []
    for i, line in enumerate(lines[:40]):
        s = line.stripped
        if not s:
            continue
        if _RELATED_ENTRY.match(s):
            entries.append(line)
            continue
        if len(entries) >= 2 and any(_holds_motto(ln) or _is_motto_start(lines, k) for k, ln in enumerate(lines[i : i + 3], start=i)):
            return entries
        return _status_notes(lines)
    return _status_notes(lines)


def _status_notes(lines: list[Line]) -> list[Line]:
    """A portal's note on what became of the copied document (M.STATUS_NOTE), on a line above the
    copy's header (the motto below it within a few lines)."""
    notes: list[Line] = []
    for i, line in enumerate(lines[:40]):
        if _holds_motto(line) or _is_motto_start(lines, i):
            return notes
        if _STATUS_NOTE.search(fold(line.stripped)) and any(
            _holds_motto(ln) or _is_motto_start(lines, k) for k, ln in enumerate(lines[i + 1 : i + 1 + _STATUS_NOTE_REACH], start=i + 1)
        ):
            notes.append(line)
    return []


def find_layout(text: str) -> Layout:
    layout = Layout(lines=_split_lines(text))
    layout.related_lines = _related_lines(layout.lines)
    _find_header(layout, text)
    _find_closing(layout, text)
    start_line = next((i for i, ln in enumerate(layout.lines) if ln.start >= layout.header_end), len(layout.lines))
    _find_outline(layout, text, start_line)
    layout._starts = [it.start for it in layout.outline]
    return layout
