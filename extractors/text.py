"""Normalization of a document's text, keeping a map back to the text the reader gave.

Every finding is reported as offsets into the *normalized* text; ``Text.to_source`` turns
them back into offsets into the reader's text, so a value can always be shown where it was read.
Each pass is a list of replacements applied at once; the map keeps one anchor per replacement,
so mapping costs a binary search, not a per-character table.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from plankb.extractors.patterns.grammar import (
    ARABIC,
    AUTHORITY_LINE,
    BULLET,
    LETTER,
    LOWER,
    OPEN_END_WORDS,
    PLACE,
    PLACE_DATE,
    ROMAN,
)
from plankb.extractors.patterns.layout_markers import ADMIN_UNITS, NEEDS_UNIT, SIGNER_TITLES, SURNAMES
from plankb.extractors.syllables import is_syllable

# --- one pass of replacements -------------------------------------------------------------


@dataclass
class _Layer:
    """Anchors of one pass: (new_start, new_end, old_start, old_end) for each replacement."""

    new_starts: list[int]
    spans: list[tuple[int, int, int, int]]

    def to_old(self, pos: int, end: bool = False) -> int:
        if end:  # an end offset stops before a replacement that starts right there
            j = bisect.bisect_left(self.new_starts, pos)
            if j < len(self.spans) and self.spans[j][0] == pos:
                return self.spans[j][2]
        i = bisect.bisect_right(self.new_starts, pos) - 1
        if i < 0:
            return pos
        new_start, new_end, old_start, old_end = self.spans[i]
        if pos < new_end:  # inside a replacement: point at the start of what it replaced
            return old_start if pos == new_start else min(old_end, old_start + (pos - new_start))
        return old_end + (pos - new_end)


Edit = tuple[int, int, str]  # replace text[start:end] with the string


def _apply(text: str, edits: Iterable[Edit]) -> tuple[str, _Layer | None]:
    parts: list[str] = []
    new_starts: list[int] = []
    spans: list[tuple[int, int, int, int]] = []
    last = 0
    new_len = 0
    for start, end, repl in edits:
        if start < last:  # overlapping edits are dropped: the earlier one wins
            continue
        parts.append(text[last:start])
        new_len += start - last
        parts.append(repl)
        new_starts.append(new_len)
        spans.append((new_len, new_len + len(repl), start, end))
        new_len += len(repl)
        last = end
    if not spans:
        return text, None
    parts.append(text[last:])
    return "".join(parts), _Layer(new_starts, spans)


def _regex_edits(pattern: re.Pattern[str], text: str, repl: Callable[[re.Match[str]], str] | str) -> list[Edit]:
    if isinstance(repl, str) and "\\" not in repl:  # no group references: no template to expand
        return [(m.start(), m.end(), repl) for m in pattern.finditer(text) if m.group() != repl]
    edits = []
    for m in pattern.finditer(text):
        new = repl(m) if callable(repl) else m.expand(repl)
        if new != m.group(0):
            edits.append((m.start(), m.end(), new))
    return edits


# --- the passes ------------------------------------------------------------------------------

_COMBINING_RUN = re.compile(r"[\u0300-\u036f]+")
_CHAR_MAP = str.maketrans(
    {
        "\u00d0": "\u0110",  # Ð (Icelandic eth) typed for Đ
        "\u00f0": "\u0111",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\u2044": "/",  # fraction slash, as OCR reads a symbol's slash: "163⁄2016/NĐ-CP"
        "\u2215": "/",
        "\uff0f": "/",
        "\u2010": "-",
        "\u2011": "-",
        "\u00ad": "-",
        "\f": "\n",
        "\v": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        # Bullets from Word's Symbol and Wingdings fonts, exported as private-use characters.
        "\uf02d": "-",
        "\uf0be": "-",
        "\uf0b7": "•",
        "\uf0a7": "•",
        "\uf0d8": "•",
        "\uf076": "•",
        "\uf0fc": "•",
        "\uf0e0": "•",
        "\uf06e": "•",
        "\uf0a8": "•",
    }
)
# Any other private-use character from Symbol and Wingdings fonts is a bullet.
_CHAR_MAP.update({cp: "•" for cp in range(0xF000, 0xF100) if cp not in _CHAR_MAP})
_CRLF = re.compile(r"\r\n?")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# Markdown and Word-export artefacts: emphasis stars, escapes, heading hashes, quote marks.
_MD_ESCAPE = re.compile(r"\\([*_#.\-+()\[\]!`>|~])")
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_MD_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*(?:\n|$)", re.M)
_MD_OPEN_ROW = re.compile(r"^[ \t]*\|([^\n|]*\|[^\n]*[^|\s])[ \t]*(?:\n|$)", re.M)
# A table a copy-as-text export flattened with no outer pipes, its cells joined by " | " ("1 | Báo cáo
# tổng kết | Bộ Tư pháp | Các bộ, ngành | 2022"): a row of three cells or more, read as a Word row.
_JOINED_ROW = re.compile(r"^(?![ \t]*\|)([^\n|]*\S[ \t]\|[ \t][^\n|]*\S[ \t]\|[ \t][^\n]*\S)[ \t]*$", re.M)
# Line breaks a scraper wrote as escapes ("...NHÂN DÂN \\r\\n CỘNG HÒA"): the text of a JSON string.
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r(?![a-z])")
_INNER_SPACES = re.compile(r"  +(?=\S)")
# A page number standing alone on its line: "2", "- 2 -", "Trang 2", "2/10".
# Not a number right above a type code and its slash: a table cell cut after a symbol's number ("86" / "KH/TWĐTN").
_PAGE_NUMBER = re.compile(
    r"\n[ \t]*(?:-[ \t]*\d{1,3}[ \t]*-|(?:[Tt]rang[ \t]+)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?)[ \t]*(?=\n)(?!\n[ \t]*[A-ZĐ][A-Za-zĐđ]{0,5}[ \t]?/[ \t]?[A-ZĐ])"
)
# A line broken by a page break: text that does not end a sentence, blank line(s), lowercase start.
_LOWER = LOWER
_LOWER_SET = set("abcdefghijklmnopqrstuvwxyz" + _LOWER[3:])
# Tried only at a run's first line break (after a character that is not space): tried at each of
# its breaks, a long run of blank lines cost its length squared; the join keeps a break after a
# space anyway (_join_after_open_sentence).
_BROKEN_LINE = re.compile(rf"(?<!\s)\n(?:[ \t]*\n)+[ \t]*(?=[{_LOWER}])")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+[ \t]*")
_OPEN_END_WORDS = frozenset(OPEN_END_WORDS)


def _open_end_edits(text: str) -> list[Edit]:
    """A line ending with a word that ends no sentence goes on after a page break's blank lines,
    whatever the case of the next line's first letter ("... sự nghiệp của" / "Trung ương Đoàn:")."""
    edits: list[Edit] = []
    for m in _BLANK_LINES.finditer(text):
        word_start = m.start()
        while word_start > 0 and m.start() - word_start < 6 and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start : m.start()].lower()
        spaced = word_start > 0 and text[word_start - 1] in " \t"
        if word in _OPEN_END_WORDS and spaced and text[m.end() : m.end() + 1].isalpha() and not _MARKER_START.match(text, m.end()):
            edits.append((m.start(), m.end(), " "))
    return edits


# Soft-wrapped lines in exports from PDF: a line that does not end a sentence, then a lowercase start.
_MARKER_START = re.compile(rf"[ \t]*(?:{ROMAN}[.)]|{ARABIC}[.)]|{LETTER}\)|{BULLET}|Điều\s+\d|Chương\s|Phần\s)")

# A line holding only an item's marker, or its marker and first word: a web page's export breaks
# each paragraph there ("1.1." over "Trưởng Ban Chỉ đạo", "+ Sở" over "Xây dựng: hướng dẫn ...").
_MARKER_LEAD = re.compile(rf"[ \t]*(?:{ROMAN}\.|{ARABIC}\.|{LETTER}\)|{BULLET})(?:[ \t]+[^\W\d_]+)?")


# A table's or a header's rule: dashes, underscores or stars and spaces only; no sentence runs over it.
_RULE_LINE = re.compile(r"[ \t]*[-_=*–—]{3,}(?:[ \t]+[-_=*–—]{3,})*[ \t]*")
# A Markdown hard line break (CommonMark, and pandoc's writer inside table cells): a backslash at
# a line's end, or before the spaces that pad a cell of a pandoc table ("ỦY BAN THƯỜNG VỤ\      CỘNG HÒA").
_MD_HARD_BREAK = re.compile(r"(?<=[^\s\\])\\(?=[ \t]*(?:\n|$))")  # taken out after soft-wrapped lines are rejoined
_MD_CELL_BREAK = re.compile(r"(?<=[^\s\\])\\(?=[ \t]{2,}\S)")  # taken out before runs of spaces are squeezed


def _wrapped_line_edits(text: str) -> list[Edit]:
    """Soft-wrapped lines (text exported from PDF) rejoined: a line that runs near the full width
    and does not end a sentence continues on the next, unless that one opens an outline item."""
    lines = text.split("\n")
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    if not lengths:
        return []
    full = lengths[int(0.9 * (len(lengths) - 1))]  # the page width, in characters
    edits: list[Edit] = []
    pos = 0
    for line, nxt in zip(lines, lines[1:]):
        end = pos + len(line)
        body = line.rstrip()
        if (
            body
            and nxt.strip()
            and not body.endswith("\\")  # a Markdown hard line break: the writer broke the line on purpose
            and not _RULE_LINE.fullmatch(body)
            and not _RULE_LINE.fullmatch(nxt)
            and not _MARKER_START.match(nxt)
            and (
                body[-1] not in ".:;!?" and (len(body) >= 0.75 * full or nxt.lstrip()[:1] in _LOWER_SET)
                or _MARKER_LEAD.fullmatch(body) is not None
            )
        ):
            edits.append((pos + len(body), end + 1 + (len(nxt) - len(nxt.lstrip())), " "))
        pos = end + 1
    return edits
# A date with a stray space: "08/8/ 2022", "08 /8/2022".
_DATE_SPACE = re.compile(r"\b(\d{1,2})[ \t]*([/.\-])[ \t]*(\d{1,2})[ \t]*\2[ \t]*((?:19|20)\d{2})\b")


def _trailing_space_edits(text: str) -> list[Edit]:
    # From each space or tab before a line break, back to the last other character: a regex would
    # stop at every space of the text to look for the line's end.
    edits: list[Edit] = []
    for at in literal_starts(text, (" \n", "\t\n")):
        start = at
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        edits.append((start, at + 1, ""))
    end = len(text.rstrip(" \t"))  # the last line has no line break after it
    if end < len(text):
        edits.append((end, len(text), ""))
    return edits


def _join_after_open_sentence(m: re.Match[str]) -> str:
    """A line break becomes a space when the text before it does not end a sentence, unless that
    line stands alone: a type name in capitals above a summary in lower case ("QUYẾT ĐỊNH" /
    "về việc ..."), a signer's name above the rest of the recipients."""
    before = m.string[m.start() - 1] if m.start() > 0 else "."
    if before.isspace() or before in ".:;!?":
        return m.group(0)
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    nxt = m.string[m.end() : m.string.find("\n", m.end()) % (len(m.string) + 1)]
    if _LETTER_ITEM.match(nxt):
        return m.group(0)  # "a) Tuyên truyền ...": an item of its own after the blank line
    # A speck in a cell of its own ("xa\tvề tình hình ..."): a scan's noise, not the sentence going on.
    speck = "\t" in nxt and len(nxt.split("\t", 1)[0].strip()) <= 3
    return m.group(0) if speck or _stands_alone(line) else " "


_LETTER_ITEM = re.compile(rf"{LETTER}\)\s")
_ALONE_WORD = re.compile(r"[^\W\d_]+")


def _stands_alone(line: str) -> bool:
    """A type name in capitals, or a name (two to five words, each capitalized, nothing else):
    the last line of a page's sentence runs the page's width and is neither."""
    tokens = line.split()
    if not tokens or len(line.strip()) > 60:
        return False
    words = [w for w in tokens if _ALONE_WORD.fullmatch(w)]
    if any(w not in words and any(ch.isalnum() for ch in w) for w in tokens):
        return False  # a number, "Tp.", "(1)": no name or type name; lone specks (". .") are let be
    if not words:
        return False
    if all(w.isupper() for w in words):
        from plankb.extractors.patterns.doc_types import TYPE_NAMES  # patterns fold with this module
        from plankb.extractors.readers.ocr_repairs import misread_type_name

        # a type name only ("QUYÉT ĐỊNH" as OCR reads it): "PHÓ BÍ THƯ THƯỜNG TRỰC" / "kiêm ..." is one title
        joined = " ".join(words)
        return fold(joined) in {name for name, _ in TYPE_NAMES} or misread_type_name(joined) is not None
    from plankb.extractors.syllables import is_syllable  # which folds with this module

    return 2 <= len(words) <= 5 and all(w[:1].isupper() and is_syllable(w) for w in words)


# The marks of Vietnamese when typed apart from their letter: acute, grave, hook, tilde, dot below,
# circumflex, breve, horn. Looking for each (as a substring) is cheaper than any regex.
_VIETNAMESE_MARKS = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323", "\u0302", "\u0306", "\u031b")


def _nfc_edits(text: str) -> list[Edit]:
    # Only marks typed apart from their letter change (Vietnamese text exported from PDF often has
    # them). A text with none of Vietnamese's marks is almost always NFC, which is_normalized
    # confirms fast; a text with them is not, and there the regex finds them faster.
    if not any(mark in text for mark in _VIETNAMESE_MARKS) and unicodedata.is_normalized("NFC", text):
        return []
    edits = []
    cache: dict[str, str] = {}  # a decomposed text repeats the same few letters with marks
    for m in _COMBINING_RUN.finditer(text):
        start = max(0, m.start() - 1)  # the letter the marks sit on
        piece = text[start : m.end()]
        composed = cache.get(piece)
        if composed is None:
            composed = cache[piece] = unicodedata.normalize("NFC", piece)
        if composed != piece:
            edits.append((start, m.end(), composed))
    return edits


def _star_edits(text: str) -> list[Edit]:
    # Runs of "*" removed; str.find skips to each far faster than a regex scan of the text.
    edits: list[Edit] = []
    at = text.find("*")
    while at >= 0:
        end = at + 1
        while text.startswith("*", end):
            end += 1
        edits.append((at, end, ""))
        at = text.find("*", end)
    return edits


def _markdown_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    edits += _regex_edits(_MD_ESCAPE, text, lambda m: m.group(1))
    edits += _regex_edits(_MD_CELL_BREAK, text, "")
    return sorted(edits)


_CELL_BREAK = re.compile(r"\s*\\{1,3}\s*|\s{2,}")
_HEADER_ZONE = 1500  # characters: where the two-column header table of a document stands
_HEADER_COLUMNS = 3  # its two columns, and an empty one a web export may add


# "Số: 7470" and "CV/TWĐTNBTG" split apart in a cell are one number: kept on one line.
_NUMBER_ALONE = re.compile(r"(?i:số)\s*:?\s*\d{1,5}\s*[-–]?$")
_CODE_NEXT = re.compile(r"[-–]?\s*[A-ZĐ][A-ZĐa-z]{0,5}\s?[/-]")


# A letter's subject written on the number's line of its cell: "Số: 3354/VPCP-KGVX V/v ban hành ...".
_SUBJECT_AFTER_NUMBER = re.compile(r"(?i:số)\s*:?\s*\S*\d\S*(?=\s+(?:V/v|V/V|v/v)\b)")


def _cell_lines(cell: str) -> list[str]:
    """The lines of a header cell: split at its line-break marks and wide gaps, except between
    a number and its code, and before a letter's subject ("V/v") after its number."""
    lines: list[str] = []
    m = _SUBJECT_AFTER_NUMBER.match(cell)
    if m:
        return [*_cell_lines(cell[: m.end()]), *_cell_lines(cell[m.end() :].strip())]
    for part in _CELL_BREAK.split(cell):
        if not part:
            continue
        if lines and _NUMBER_ALONE.search(lines[-1]) and _CODE_NEXT.match(part):
            lines[-1] += " " + part
        else:
            lines.append(part)
    return lines


# The signature cell of a web export's closing table holds the whole block on one line ("KT. BỘ
# TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Nguyễn Văn A"): authority and title in capitals, then the name.
_TITLE_HEAD = re.compile("(?:" + "|".join(re.escape(t) for t in sorted(SIGNER_TITLES, key=len, reverse=True)) + r")(?: |,|$)")
_TOKEN = re.compile(r"\S+")


def _spaced_name(name: str) -> str:
    """A name a web copy letter-spaced ("Đặ ng Văn Minh"): a lower-case piece inside a name is the
    end of the word before it when the two make one syllable."""
    words: list[str] = []
    for w in name.split():
        if words and w.islower() and is_syllable((words[-1] + w).lower()):
            words[-1] += w
        else:
            words.append(w)
    return " ".join(words)


def _signature_cell_lines(cell: str) -> list[str] | None:
    """[block in capitals, name] for a signature cell written on one line; None for any other cell."""
    tokens = list(_TOKEN.finditer(cell))
    k = len(tokens)
    # The name: the capitalised words at the end (and the lower-case pieces of a letter-spaced one).
    while k > 0 and (tokens[k - 1].group().istitle() or (tokens[k - 1].group().islower() and len(tokens[k - 1].group()) <= 3)):
        k -= 1
    if k == 0 or k == len(tokens) or not tokens[k].group().istitle():
        return None
    head, name = cell[: tokens[k].start()].strip(), _spaced_name(cell[tokens[k].start() :].strip())
    words = name.split()
    if not 2 <= len(words) <= 5 or words[0] not in SURNAMES or not all(w.istitle() for w in words):
        return None
    if head != head.upper() or not any(c.isalpha() for c in head):
        return None
    f = " ".join(fold(head).split())
    if not (AUTHORITY_LINE.match(f) or _TITLE_HEAD.match(f)):
        return None
    return [head, name]


def _table_row_edits(text: str) -> list[Edit]:
    # "| a | b |" becomes "a\tb", the form Word exports tables in. The header table at the top
    # (issuer and number | motto and place-date) becomes lines, one per line of each cell, and
    # so does the closing table (Nơi nhận | signature), its signature cell split before the name.
    def row(m: re.Match[str]) -> str:
        cells = [cell.strip() for cell in m.group(1).split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
            return ""  # the rule under a table's header row
        newline = "\n" if m.group(0).endswith("\n") else ""
        signed = [_signature_cell_lines(c) for c in cells] if len(cells) <= _HEADER_COLUMNS else []
        if any(signed):
            return "\n".join(line for cell, lines in zip(cells, signed) for line in (lines or _cell_lines(cell))) + newline
        in_header = m.start() < _HEADER_ZONE and len(cells) <= _HEADER_COLUMNS  # wider: a table of the text
        if in_header or "Nơi nhận" in m.group(1):
            return "\n".join(line for cell in cells for line in _cell_lines(cell)) + newline
        return "\t".join(cells) + newline

    edits = _regex_edits(_MD_TABLE_ROW, text, row) + _regex_edits(_JOINED_ROW, text, row)
    # A closing row the export left open ("| Nơi nhận: ... | KT. BỘ TRƯỞNG ... Nguyễn Văn A").
    closing = [m for m in _MD_OPEN_ROW.finditer(text) if "Nơi nhận" in m.group(1) or _signature_cell_lines(m.group(1).rsplit("|", 1)[-1].strip())]
    return sorted(edits + [(m.start(), m.end(), row(m)) for m in closing])


# Words a web copy letter-spaced ("Qu ả ng Ngãi", "T hành phố Hồ Chí M inh", "ỦY B AN"): in the header,
# a short piece that is no syllable is joined to its neighbour when the two make one. Two syllables
# side by side ("ô tô", "điểm a khoản") stay apart. Only the header: in running text a piece may end
# one word or begin the next ("tậ p huấn"), and the body's words are not the header's fields.
_WORD_RUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")
_SPACED_PIECE = 3  # letters: the longest piece a letter-spaced word leaves


def _letter_spaced_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for run in _WORD_RUN.finditer(text, 0, _HEADER_ZONE):
        words = run.group().split(" ")
        if sum(len(w) <= _SPACED_PIECE and not is_syllable(w) for w in words) < 2:
            continue  # one odd piece is a cut word or an abbreviation; spacing leaves several
        joined = _joined_pieces(words)
        if joined != words:
            edits.append((run.start(), run.end(), " ".join(joined)))
    return edits


def _joined_pieces(words: list[str]) -> list[str]:
    """Join letter-spaced pieces: a piece that is no syllable takes the next one when the two make
    a syllable (an initial "T" + "hành"), else a final ("ng", "nh") joins the word before it. A
    piece that could do either in lower case ("tậ p huấn") is left alone."""
    out = list(words)
    while True:
        pairs = {k for k in range(len(out) - 1) if _same_case(out[k], out[k + 1]) and is_syllable(out[k] + out[k + 1])}
        onset = [k for k in sorted(pairs) if len(out[k]) <= _SPACED_PIECE and not is_syllable(out[k])]
        onset = [k for k in onset if out[k].isupper() or k - 1 not in pairs]
        # A final of one letter only in capitals: "điểm b và c" keeps its letters apart.
        coda = [k for k in sorted(pairs) if (len(out[k + 1]) >= 2 or out[k + 1].isupper()) and len(out[k + 1]) <= _SPACED_PIECE and not is_syllable(out[k + 1])]
        coda = [k for k in coda if k + 1 not in pairs]
        if not (onset or coda):
            return out
        k = (onset or coda)[0]
        out[k : k + 2] = [out[k] + out[k + 1]]


def _same_case(a: str, b: str) -> bool:
    # A capital starts the next word ("TP Hồ", "Nguyễn Văn A Phó"): two words, not pieces of one.
    return b.islower() or (a.isupper() and b.isupper())


_SPACED_SEPARATOR = re.compile(r"[0-9](?:[ \t]+[/.\-][ \t]*|[/.\-][ \t]+)[0-9]")  # [0-9] scans faster than \d


def _date_edits(text: str) -> list[Edit]:
    # Look only around a separator with a space beside it: such dates are rare, digits are not.
    edits: list[Edit] = []
    last = 0
    for hit in _SPACED_SEPARATOR.finditer(text):
        m = _DATE_SPACE.search(text, max(last, hit.start() - 8), hit.end() + 12)
        if m and m.start() <= hit.start() and m.end() >= hit.end():
            compact = f"{m[1]}{m[2]}{m[3]}{m[2]}{m[4]}"
            if compact != m.group(0):
                edits.append((m.start(), m.end(), compact))
            last = m.end()
    return edits


# A header flattened into one paragraph, as document-sharing sites show a file's preview ("UBND
# TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y Độc lập - Tự do - Hạnh phúc Số : 12 /SYT-VP
# Nơi, ngày ... V/v ... Kính gửi: ..."): broken again into its lines before each part of the
# header (Decree 30/2020/NĐ-CP, Appendix I), so the header is read as a header.
# The same sites' text layer damages the motto: "XÃ HỘI" comes out "XàHỘI" (its mark misread, the
# space lost) and the dashes of "Độc lập - Tự do - Hạnh phúc" are dropped ("Độc lập  Tự do  Hạnh
# phúc"), as the hyphen of every symbol is ("Số: 05/2019/QĐUBND").
_FLAT_MOTTO = re.compile(r"\s(C[OỘ]NG\s+H[OÒ][AÀ]\s+X(?:[AÃ]\s+|à\s*)H[OỘ]I\s+CH[UỦ]\s+NGH[IĨ]A\s+VI[EỆ]T\s+NAM\b)\s?")
_PREVIEW_NUMBER = re.compile(r"[ \t]*\d{1,2}\.[ \t]+")  # the preview's page list: "1. UBND TỈNH ..."
_FLAT_MOTTO_2 = re.compile(r"\s(?=Độc\s+lập\s*[-–]?\s*Tự\s+do\s*[-–]?\s*Hạnh\s+phúc)|(?<=Hạnh phúc)\s")
_FLAT_PARTS = re.compile(r"\s(?=(?:Số|SỐ)\s*:\s*\d|(?:V/v|V/V)\s|Kính\s+gửi\s*:)")
_FLAT_ZONE = 1500  # characters: where a header stands
_FLAT_LINE = 150  # characters: longer than any line of a header


def _flat_header_edits(text: str) -> list[Edit]:
    m = _FLAT_MOTTO.search(text, 0, _FLAT_ZONE)
    if m is None:
        return []
    a = text.rfind("\n", 0, m.start()) + 1
    b = text.find("\n", m.end())
    b = len(text) if b < 0 else b
    if b - a < _FLAT_LINE or not text[a : m.start()].strip() or m.end(1) >= b:
        return []  # the motto on its own line, or a header in two columns of short lines
    motto_2 = list(_FLAT_MOTTO_2.finditer(text, m.end(), b))
    number = _FLAT_PARTS.search(text, m.end(), b)
    if not motto_2 or number is None or number.start() < motto_2[0].start():
        return []  # not a header: a motto quoted in a running paragraph
    edits: list[Edit] = []
    lead = _PREVIEW_NUMBER.match(text, a, m.start())
    if lead:
        edits.append((a, lead.end(), ""))
    edits += [(m.start(), m.start(1), "\n"), (m.end(1), m.end(), "\n")]  # the motto's first line alone
    edits += [(c.start(), c.end(), "\n") for c in [*motto_2, *_FLAT_PARTS.finditer(text, m.end(), b)]]
    # After the number: the place and date, the type name and the summary (the parts a Decision, a
    # Plan, a Resolution has where a letter has "V/v ... Kính gửi"), each on a line of its own.
    edits += [e for e in _after_number_cuts(text, number.end(), b) if e[0] > number.end()]
    return _merged(sorted(edits))


_FLAT_AFTER_NUMBER = 80  # characters: the symbol between "Số:" and the place-and-date
# The authority of issue of a collective body's decision or resolution (Decree 30/2020/NĐ-CP: its
# name under the summary, "ỦY BAN NHÂN DÂN TỈNH X"), run onto the summary's end; not a body the
# summary names after a word that leaves it open ("... CỦA ỦY BAN NHÂN DÂN TỈNH").
_COLLECTIVE_AUTHORITY = re.compile(
    r"(?<=\S)[ \t]+(?=(?:" + "|".join(re.escape(n.upper()) for n in NEEDS_UNIT if " " in n) + r")[ \t]+(?:"
    + "|".join(re.escape(u.upper()) for u in ADMIN_UNITS if u[-1] != ".") + r")[ \t]+[^\W\d_][^\n]{1,40}$)"
)
_SUMMARY_LEFT_OPEN = re.compile(r"(?:CỦA|VÀ|VỀ|CHO|TẠI|VỚI|THUỘC|[,\-–])$")


def _collective_authority(text: str, a: int, b: int) -> int | None:
    """Where the authority of issue starts at the end of a summary run onto one line, or None."""
    segment = text[a:b].rstrip()
    found = [m for m in _COLLECTIVE_AUTHORITY.finditer(segment) if not _SUMMARY_LEFT_OPEN.search(segment[: m.start()])]
    return a + found[-1].end() if found and segment[: found[-1].start()].strip() else None


def _after_number_cuts(text: str, after: int, b: int) -> list[Edit]:
    """Line breaks before the place-and-date, after it, around the type name right after it and at
    the end of the summary, on a header run onto one line; none when no place-and-date follows
    the number closely (a letter's "V/v" stands there instead, cut by _FLAT_PARTS)."""
    d = PLACE_DATE.search(text, after, min(b, after + _FLAT_AFTER_NUMBER))
    if d is None:
        return []
    cuts = {_place_start(text, after, d), d.end()}
    t = _type_name_pattern().search(text, d.end(), min(b, d.end() + 60))
    if t and not text[d.end() : t.start()].strip():
        cuts |= {t.start(), t.end()}
        e = _FLAT_TITLE_END.search(text, t.end(), min(b, t.end() + _FLAT_TITLE))
        if e:
            cuts.add(e.start())
            body = _collective_authority(text, t.end(), e.start())
            if body is not None:
                cuts.add(body)
    edits: list[Edit] = []
    for c in sorted(x for x in cuts if after < x < b):  # a cut takes the spaces around it
        s, e = c, c
        while s > after and text[s - 1] in " \t":
            s -= 1
        while e < b and text[e] in " \t":
            e += 1
        edits.append((s, e, "\n"))
    return edits


# The same flattening of a Party or Youth Union header: in place of the State motto it has the
# banner "ĐẢNG CỘNG SẢN VIỆT NAM" (Guidance 36-HD/VPTW) or "ĐOÀN TNCS HỒ CHÍ MINH", the issuer,
# "Số: ...", the place and date, the type name and the summary all run on one line ("BAN CHẤP HÀNH
# TRUNG ƯƠNG***Số: 12-KH/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày ... KẾ HOẠCHVề việc ...").
# Each part goes back on a line of its own. A header typed in an old capitals-only font (TCVN3
# .VnTimeH) comes out of a converter in lower case ("đoàn tncs hồ chí minh ban chấp hành tỉnh X"):
# when the banner is so, it, the issuer's cell after it and the type name get their capitals back.
_FLAT_BANNER = re.compile(r"(?i:đảng[ \t]+cộng[ \t]+sản[ \t]+việt[ \t]+nam|đoàn[ \t]+tncs[ \t]+hồ[ \t]+chí[ \t]+minh)")
_FLAT_NUMBER = re.compile(r"(?:Số|SỐ)[ \t]*:")
_FLAT_TITLE_END = re.compile(r"-{3,}|[ \t]+(?=(?:[IVX]{1,4}|\d{1,2})\.[ \t]|[-–]?[ \t]*Căn[ \t]+cứ|Thực[ \t]+hiện[ \t])")
_FLAT_HEAD = 400  # characters: where the parts of such a header start on its line
_FLAT_TITLE = 400  # characters: the longest summary
@functools.cache
def _type_name_pattern() -> re.Pattern[str]:
    from plankb.extractors.patterns.doc_types import DOC_TYPES  # here: the types' table itself imports this module

    names = sorted({n for t in DOC_TYPES for n in t.names}, key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?i:" + "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names) + ")")


def _flat_banner_header_edits(text: str) -> list[Edit]:
    zone = min(len(text), _FLAT_ZONE)
    for line in re.finditer(r"[^\n]+", text[:zone]):
        a = line.start()
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        if b - a < _FLAT_LINE:
            continue
        if "|" in text[a:b]:
            return []  # a table's row: the table passes read it
        head = min(b, a + _FLAT_HEAD)
        m = _FLAT_BANNER.search(text, a, head)
        d = PLACE_DATE.search(text, a, head)
        n = _FLAT_NUMBER.search(text, a, head)
        if m and d and n and text[max(a, m.start() - 4) : m.start()] != "của ":
            return _banner_line_edits(text, a, b, m, d, n)
        return []  # only the first long line: a header stands at the text's start
    return []


def _banner_line_edits(text: str, a: int, b: int, m: re.Match[str], d: re.Match[str], n: re.Match[str]) -> list[Edit]:
    lower = not any(c.isupper() for c in m.group(0)[1:])
    place = _place_start(text, a, d)
    cuts = {m.start(), m.end(), place, d.end(), n.start()}
    cased: list[tuple[int, int]] = [(m.start(), m.end())] if lower else []
    if lower:  # the issuer's cell after the banner, up to the next part
        end = min([p for p in (place, n.start()) if p > m.end()] or [m.end()])
        cell = text[m.end() : end].strip()
        if cell and cell[0].islower() and len(cell) <= 80:
            s = text.index(cell, m.end())
            cased.append((s, s + len(cell)))
    after = max(d.end(), n.end())
    t = _type_name_pattern().search(text, after, min(b, after + 60))
    if t:
        cuts |= {t.start(), t.end()}
        cased.append((t.start(), t.end()))
        e = _FLAT_TITLE_END.search(text, t.end(), min(b, t.end() + _FLAT_TITLE))
        if e:
            cuts.add(e.start())
    cuts = {c for c in cuts if a < c < b}
    edits: list[Edit] = []
    for c in sorted(cuts):  # a cut takes the spaces around it; a glued part gets a break put in
        s, e = c, c
        while s > a and text[s - 1] in " \t":
            s -= 1
        while e < b and text[e] in " \t":
            e += 1
        if s < e or not (edits and edits[-1][1] > s):
            edits.append((s, e, "\n"))
    for s, e in cased:
        edits.append((s, e, text[s:e].upper()))
    return _merged(edits)


_UNIT_WORD = re.compile(r"(?i:tỉnh|thành[ \t]+phố|huyện|quận|thị[ \t]+xã|thị[ \t]+trấn|xã|phường)[ \t]+$")


def _place_start(text: str, a: int, d: re.Match[str]) -> int:
    """Where the place of a run-on place-and-date starts: a unit's name closing the issuer's cell
    before it ("ban chấp hành tỉnh Hà Tây Hà Đông, ngày ...") is read into the place, so after a
    unit word its first two words (a unit's name is mostly two syllables) stay with the issuer."""
    words = list(re.finditer(r"\S+", d.group("place")))
    if len(words) >= 4 and _UNIT_WORD.search(text, max(a, d.start() - 15), d.start()):
        return d.start() + words[2].start()
    return d.start()


def _merged(edits: list[Edit]) -> list[Edit]:
    """Edits in order, an insertion at the start of a replacement folded into it."""
    out: list[Edit] = []
    for s, e, r in sorted(edits, key=lambda x: (x[0], x[1])):
        if out and out[-1][0] == out[-1][1] == s:  # "\n" put in right where a replacement starts
            out[-1] = (s, e, out[-1][2] + r)
        elif out and s < out[-1][1]:
            continue
        else:
            out.append((s, e, r))
    return out


# A header copied from a web page's table, each row's cells joined by spaces (how law-library
# pages and their crawls give the text: "BỘ Y TẾ -------" / "CỘNG HÒA ... Hạnh phúc -----" /
# "Số: 6087/BYT-KCB V/v ..." / "Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: ..."). Decree
# 30/2020/NĐ-CP gives each of these parts its own line: they are broken apart again in the
# header, and a page's own title run into the issuer's cell ("... do Bộ Y tế ban hành. BỘ Y TẾ
# -------") is put on a line of its own.
_PAGE_TITLE_THEN_ISSUER = re.compile(
    r"(?<=[.:])[ \t]+(?=[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,&]+?[ \t]*-{3,}[ \t]*(?:$|C[OỘ]NG[ \t]+H[OÒ][AÀ][ \t]))", re.M
)
# The header's first row copied as one line, the issuer's cell, its rule and the motto's cell
# together ("BỘ Y TẾ -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - ..."): the rule closes the
# issuer's cell, and the motto goes on a line of its own (Decree 30/2020/NĐ-CP, Appendix I).
_RULE_THEN_MOTTO = re.compile(r"(?<=[A-ZĐÀ-Ỹ])[ \t]*-{3,}([ \t]+)(?=C[OỘ]NG[ \t]+H[OÒ][AÀ][ \t]+X[AÃ][ \t]+H[OỘ]I[ \t])")
_DATE_THEN_MORE = re.compile(
    rf"^[ \t]*{PLACE}[ \t]*,"
    r"[ \t]*(?:ngày|Ngày)[ \t]*\d{1,2}[ \t]+tháng[ \t]*\d{1,2}[ \t]+năm[ \t]*\d{4}\.?(?P<gap>[ \t]+)"
    r"(?=Kính[ \t]+gửi|[A-ZĐÀ-Ỹ]{2,}[ \t,])",
    re.M,
)


_MOTTO_THEN_SLOGAN = re.compile(r"(?<=VI[ỆE]T NAM)([ \t]*)(?=Độc[ \t]+lập[ \t]*[-–])")
# A line in capitals right above the grounds ("Căn cứ"), and in it the head who issues a decision
# (Decree 30/2020/NĐ-CP: "BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" under the summary).
_LINE_BEFORE_GROUNDS = re.compile(r"^([^\n\t]{20,})\n(?=[ \t]*Căn[ \t]+cứ)", re.M)
_ISSUING_HEAD = re.compile(
    r" (?=(" + "|".join(re.escape(t.upper()) for t in sorted(SIGNER_TITLES, key=len, reverse=True) if not t.startswith(("phó", "thứ"))) + r") [A-ZĐÀ-Ỹ])"
)
_RULE_AFTER_CELL = re.compile(r"(?<=[^\W\d_])([ \t]*)-{3,}[ \t]*$", re.M)
# "Số: 6087/BYT-KCB V/v ...": the spaces between the number and the subject on the number's line.
_NUMBER_LINE_START = re.compile(r"^[ \t]*(?=(?i:số))", re.M)
_NUMBER_THEN_SUBJECT = re.compile(_SUBJECT_AFTER_NUMBER.pattern + r"(?P<gap>[ \t]+)")


def _web_table_header_edits(text: str) -> list[Edit]:
    zone = min(len(text), _FLAT_ZONE)
    edits: list[Edit] = []
    first_end = text.find("\n")
    first_end = first_end if first_end >= 0 else zone
    m = _PAGE_TITLE_THEN_ISSUER.search(text, 0, first_end)
    rule = re.compile(r"-{3,}").search(text, m.end(), first_end) if m else None
    if m and rule and text[m.end() : rule.start()].strip(" \t").isupper():
        edits.append((m.start(), m.end(), "\n"))
    for r in _RULE_THEN_MOTTO.finditer(text, 0, zone):
        edits.append((r.start(1), r.end(1), "\n"))
    for line in _NUMBER_LINE_START.finditer(text, 0, zone):
        v = _NUMBER_THEN_SUBJECT.match(text, line.end())
        if v and v.start("gap") < zone:
            edits.append((v.start("gap"), v.end("gap"), "\n"))
    for d in _DATE_THEN_MORE.finditer(text, 0, zone):
        edits.append((d.start("gap"), d.end("gap"), "\n"))
        edits += _type_name_then_summary(text, d.end("gap"))
    for line in _NUMBER_OR_SUBJECT_LINE.finditer(text, 0, zone):
        edits += _place_date_run_on(text, line)
    for c in _MOTTO_THEN_SLOGAN.finditer(text, 0, zone):  # the motto's two lines on one
        edits.append((c.start(1), c.end(1), "\n"))
    for r in _RULE_AFTER_CELL.finditer(text, 0, zone):  # the rule under the issuer and the motto
        edits.append((r.start(1), r.end(1), "\n"))
    # A row of a markdown or tab table keeps its cells: the table pass splits them.
    return sorted(e for e in edits if not _in_table_row(text, e[0]))


# The number's or the subject's line with the place and date run on after it ("Số: 435/QĐ-UBND Kon
# Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V ...", "V/v hướng dẫn ... Hà Nội, ngày 23 tháng 5 năm
# 2019 Kính gửi: ..."): the header's two rows of cells copied as one line. The place and date, and
# what follows them (the letter's addressees, or the type name over its summary), go on lines of
# their own, as Decree 30/2020/NĐ-CP sets them.
# The label may stand alone, the number opening the next line ("Số:" / "2010/QĐ-BYT Hà Nội, ngày
# ..."): the export broke the number's cell after its label.
_NUMBER_LABEL = r"(?i:số)[ \t]*(?::[ \t]*\n[ \t]*(?=\d)|:?[ \t]*)"
_NUMBER_OR_SUBJECT_LINE = re.compile(r"^[ \t]*(?:" + _NUMBER_LABEL + r"\S*\d|V/v|V/V)[^\n]*", re.M)
_AFTER_DATE = re.compile(r"[ \t]+(?=Kính[ \t]+gửi|[A-ZĐÀ-Ỹ]{2,}[ \t,])")


def _place_date_run_on(text: str, line: re.Match[str]) -> list[Edit]:
    number = re.match(r"[ \t]*(?:" + _NUMBER_LABEL + r"\S*\d\S*|V/v|V/V)", line.group(0))
    d = PLACE_DATE.search(text, line.start() + (number.end() if number else 0), line.end())
    if d is None or not text[line.start() : d.start()].strip():
        return []
    cut = d.start()
    while cut > line.start() and text[cut - 1] in " \t":
        cut -= 1
    edits: list[Edit] = [(cut, d.start(), "\n")]
    more = _AFTER_DATE.match(text, d.end(), line.end())
    if more:
        edits.append((more.start(), more.end(), "\n"))
        edits += _type_name_then_summary(text, more.end())
    return edits


def _type_name_then_summary(text: str, at: int) -> list[Edit]:
    """A type name in capitals with its summary run on after it on the same line ("QUYẾT ĐỊNH V/V
    BAN HÀNH ..."): the summary goes under it."""
    t = _type_name_pattern().match(text, at)
    if t is None or not t.group(0).isupper() or not text.startswith((" ", "\t"), t.end()):
        return []
    end = t.end()
    while end < len(text) and text[end] in " \t":
        end += 1
    if end >= len(text) or text[end] == "\n":
        return []
    return [(t.end(), end, "\n")]


def _in_table_row(text: str, pos: int) -> bool:
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[a : b if b >= 0 else len(text)]
    return "|" in line or "\t" in line


# "Căn" alone on a line and "cứ ..." on the next: a web copy broke the grounds' opener (each ground
# a table cell of its own); rejoined, the grounds are found where they start.
_GROUNDS_BROKEN = re.compile(r"(?<=^Căn)[ \t]*\n[ \t]*(?=cứ )", re.M)


def _issuing_head_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    names: list[str] | None = None
    for t in _LINE_BEFORE_GROUNDS.finditer(text, 0, min(len(text), _FLAT_ZONE)):
        if not t.group(1).isupper():
            continue
        heads, covered = [], 0
        for h in _ISSUING_HEAD.finditer(t.group(1)):
            if h.start() >= covered and h.start() > 0 and len(t.group(1)) - h.start() <= 90:
                heads.append(h)
            covered = max(covered, h.end(1))  # "TỔNG GIÁM ĐỐC": not "GIÁM ĐỐC" after "TỔNG"
        if heads:  # "QUYẾT ĐỊNH VỀ VIỆC ... BỘ TRƯỞNG BỘ Y TẾ": the authority of issue on its own line
            edits.append((t.start(1) + heads[-1].start(), t.start(1) + heads[-1].start() + 1, "\n"))
            continue
        # "... TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM": a body deciding as a whole is the
        # authority of issue itself, named as the header names the issuer.
        names = _header_issuer_names(text, t.start()) if names is None else names
        line = " ".join(t.group(1).split())
        own = next((n for n in names if line.endswith(" " + n) and len(line) > len(n) + 20), None)
        tail = re.search(r"[ \t]+" + r"[ \t]+".join(map(re.escape, own.split())) + r"[ \t]*$", t.group(1)) if own else None
        if tail:
            edits.append((t.start(1) + tail.start(), t.start(1) + tail.start() + 1, "\n"))
    return edits


_HEADER_NAME_LINE = re.compile(r"^[ \t]*([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,.&\-]{3,88}[A-ZĐÀ-Ỹ])[ \t]*(?:-{3,}[ \t]*)?$", re.M)


def _header_issuer_names(text: str, end: int) -> list[str]:
    """The issuer's name as the header prints it, before the motto: each line in capitals, and two
    such lines running together ("ỦY BAN NHÂN DÂN" / "TỈNH KON TUM")."""
    motto = _FLAT_MOTTO.search(text, 0, end)
    stop = motto.start() if motto else end
    lines = [" ".join(m.group(1).split()) for m in _HEADER_NAME_LINE.finditer(text, 0, stop)]
    lines = [n for n in lines if len(n) >= 8]
    return sorted({*lines, *(f"{a} {b}" for a, b in zip(lines, lines[1:]))}, key=len, reverse=True)


# A closing table copied the same way puts the whole signature block on one line ("KT. BỘ TRƯỞNG
# THỨ TRƯỞNG Nguyễn Thị Xuyên", "TỔNG GIÁM ĐỐC Nguyễn Văn A"), at the text's end or before its
# annexes: the block in capitals and the name go on lines of their own.
_SIGNATURE_LINE = re.compile(r"^[ \t]*(?P<cell>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ/.]*[ .][^\n|\t]{4,110}[a-zà-ỹđ])[ \t]*$", re.M)


def _one_line_signature_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for line in _SIGNATURE_LINE.finditer(text):
        parts = _signature_cell_lines(line["cell"])
        if parts:
            edits.append((line.start("cell"), line.end(), "\n".join(parts)))
    return edits


# A web page's header table flattened to lines, its cells apart by long runs of spaces ("PHÒNG GD&ĐT X
# CỘNG HÒA ... VIỆT NAM        TRƯỜNG TH Y        Độc lập - Tự do - Hạnh phúc"): on a line holding the
# motto holding two runs or more each run ends a cell, as a tab does in a Word export; elsewhere a run is one space.
_GAP_ZONE = 8000
_WIDE_CELL_GAP = re.compile(r"(?<=\S) {8,}(?=\S)")
_MOTTO_WORDS = re.compile(r"(?i:cộng\s+h[oò][aà]\s+xã\s+hội|độc\s+lập\s*[-–]\s*tự\s+do|đảng\s+cộng\s+sản\s+việt\s+nam)")


def _wide_cell_gap_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    pos = 0
    while pos < min(len(text), _GAP_ZONE):  # a portal's header may stand under its own page matter
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        gaps = list(_WIDE_CELL_GAP.finditer(line)) if _MOTTO_WORDS.search(line) else []
        if len(gaps) >= 2:  # two rows run into one line: three cells or more (one gap is a wide cell's padding)
            edits.extend((pos + m.start(), pos + m.end(), "\t") for m in gaps)
        pos = end + 1
    return edits


def _unscramble_edits(text: str) -> list[Edit]:
    from plankb.extractors.unscramble import unscramble_edits  # its tables load only when a text needs them

    return unscramble_edits(text)


def _only_if(needles: str | tuple[str, ...], make_edits: Callable[[str], list[Edit]]) -> Callable[[str], list[Edit]]:
    """Run a pass only on a text holding one of its characters: a substring test costs next to
    nothing, a regex scan of the whole text does not, and most texts have no markdown at all."""
    needles = (needles,) if isinstance(needles, str) else needles
    return lambda t: make_edits(t) if any(n in t for n in needles) else []


PASSES: list[tuple[str, Callable[[str], list[Edit]]]] = [
    ("line endings", _only_if("\r", lambda t: _regex_edits(_CRLF, t, "\n"))),
    ("zero-width characters", _only_if(("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"), lambda t: _regex_edits(_ZERO_WIDTH, t, ""))),
    ("unicode NFC", _nfc_edits),
    ("marks scattered over plain vowels by copying sites", _unscramble_edits),
    ("headers flattened into a paragraph", _only_if(("CỘNG HÒA", "CỘNG HOÀ"), _flat_header_edits)),
    ("Party and Youth Union headers flattened into a paragraph", _flat_banner_header_edits),
    ("header rows of a web page's table", _web_table_header_edits),
    ("'Căn' / 'cứ' broken apart", _only_if("Căn\n", lambda t: _regex_edits(_GROUNDS_BROKEN, t, " "))),
    ("the authority of issue run into the summary", _only_if("Căn cứ", _issuing_head_edits)),
    ("a signature block on one line", _one_line_signature_edits),
    ("escaped line breaks", _only_if(("\\r\\n", "\\n\\n"), lambda t: _regex_edits(_ESCAPED_BREAK, t, "\n"))),
    ("markdown escapes", _only_if("\\", _markdown_edits)),
    ("markdown emphasis", _only_if("*", _star_edits)),
    ("markdown headings", _only_if("#", lambda t: _regex_edits(_MD_HEADING, t, ""))),
    ("markdown tables", _only_if("|", _table_row_edits)),
    ("trailing spaces", _trailing_space_edits),
    ("page numbers", lambda t: _regex_edits(_PAGE_NUMBER, t, "")),
    ("lines broken by page breaks", _only_if("\n\n", lambda t: _regex_edits(_BROKEN_LINE, t, _join_after_open_sentence))),
    ("lines broken after a word that ends no sentence", _only_if("\n\n", _open_end_edits)),
    ("letter-spaced words", _letter_spaced_edits),
    ("header cells apart by wide gaps", _only_if("        ", _wide_cell_gap_edits)),
    ("runs of spaces", _only_if("  ", lambda t: _regex_edits(_INNER_SPACES, t, lambda m: " " if m.start() > 0 and not m.string[m.start() - 1].isspace() else m.group(0)))),
    ("dates with stray spaces", _date_edits),
    ("markdown hard line breaks", _only_if("\\", lambda t: _regex_edits(_MD_HARD_BREAK, t, ""))),
]


@dataclass
class Text:
    """The normalized text of one document, its folded twin and the way back to the source."""

    source: str
    text: str
    folded: str
    layers: list[_Layer] = field(default_factory=list)

    def to_source(self, pos: int, end: bool = False) -> int:
        for layer in reversed(self.layers):
            pos = layer.to_old(pos, end)
        return pos

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.to_source(start), self.to_source(end, end=True)

    def from_source(self, pos: int) -> int:
        """The first normalized offset at or after source offset ``pos`` (to_source is monotone,
        so a binary search over it: a page boundary costs a few dozen mappings)."""
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_source(mid) < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


_MAPPED = re.compile("[" + "".join(re.escape(chr(c) if isinstance(c, int) else c) for c in _CHAR_MAP) + "]")


def _map_chars(text: str) -> str:
    # Same as text.translate(_CHAR_MAP), but only touches the rare characters it finds.
    return _MAPPED.sub(lambda m: _CHAR_MAP[ord(m.group(0))], text)


def normalize(source: str, *, reflow: bool = False) -> Text:
    """Normalize ``source``; ``reflow`` also rejoins soft-wrapped lines (text exported from PDF)."""
    text = _map_chars(source)  # one character for one: no layer needed
    layers: list[_Layer] = []
    passes = list(PASSES)
    if reflow:
        at = next(i for i, (name, _) in enumerate(passes) if name == "runs of spaces")
        passes.insert(at, ("soft-wrapped lines", _wrapped_line_edits))  # on the lines as exported, spaces and all
    for _name, make_edits in passes:
        text, layer = _apply(text, make_edits(text))
        if layer is not None:
            layers.append(layer)
    # Blank lines at the very start carry nothing; dropping them is one more replacement.
    lead = len(text) - len(text.lstrip())
    text, layer = _apply(text, [(0, lead, "")] if lead else [])
    if layer is not None:
        layers.append(layer)
    return Text(source=source, text=text, folded=fold(text), layers=layers)


# --- folding for matching --------------------------------------------------------------------

# Old tone placement ("hoà", "uỷ", "khoẻ") and new ("hòa", "ủy", "khỏe") fold to one form.
# The swap keeps the length, so folded offsets are normalized offsets.
_TONED: dict[str, tuple[str, int]] = {}  # toned vowel -> (base vowel, tone index)
_TONE_FORMS = {
    "a": "aàáảãạ",
    "e": "eèéẻẽẹ",
    "y": "yỳýỷỹỵ",
    "o": "oòóỏõọ",
    "u": "uùúủũụ",
}
for _base, _forms in _TONE_FORMS.items():
    for _i, _ch in enumerate(_forms):
        _TONED[_ch] = (_base, _i)

# "oà", "oè", "uỳ" ending a syllable. The letter before is checked in code: a pattern that starts
# with a look-behind cannot use the regex engine's fast scan.
_OLD_TONE = re.compile(r"([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![a-zàáảãạăâđèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ])")
_VALID_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}
_ONSETS = set("bcdđghklmnprstvx")  # not "q": in "quý" the "u" belongs to the consonant


def _move_tone(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    base, tone = _TONED[second]
    before = m.string[m.start() - 1] if m.start() > 0 else " "
    if (first, base) not in _VALID_PAIRS or not (before in _ONSETS or not before.isalpha()):
        return m.group(0)
    return _TONE_FORMS[first][tone] + base


_FOLDED: dict[str, str] = {}  # short strings (names, lines, words) come back again and again
_FOLDED_MAX = 50_000


def fold(text: str) -> str:
    """Lowercase and one tone placement, same length as ``text``: for matching, never for output."""
    if len(text) > 120:
        return _fold(text)
    folded = _FOLDED.get(text)
    if folded is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        folded = _FOLDED[text] = _fold(text)
    return folded


def _fold(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a rare character whose lowercase is longer: keep the length
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return _OLD_TONE.sub(_move_tone, low)


def strip_accents(text: str) -> str:
    """ASCII-ish form for accent-insensitive search ("dân vận khéo" -> "dan van kheo")."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def same_name(a: str | None, b: str | None) -> bool:
    """Names compared as people compare them: no case, no tone placement, no extra spaces."""
    if a is None or b is None:
        return a is b
    return squash(fold(a)) == squash(fold(b))


def literal_starts(text: str, literals: Iterable[str], start: int = 0, end: int | None = None) -> list[int]:
    """Where any of ``literals`` begins in text[start:end], in order. str.find skips ahead in C;
    a regex alternation of words tries every position, several times slower on long texts."""
    end = len(text) if end is None else end
    found = []
    for literal in literals:
        at = text.find(literal, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(literal, at + 1, end)
    return sorted(found)


# How far a finding's "rest of the sentence" (a task, its text, the opening of the sentence
# holding a citation) is searched: a line of 300 KB with no sentence end must not make every
# finding on it carry, copy or scan the rest of the line (quadratic time and memory).
SENTENCE_REACH = 3000


def squash(text: str) -> str:
    """Runs of white space as one space, none at the ends (split/join beats a regex here)."""
    return " ".join(text.split())
