"""How a pair of neighbouring words is cased, for the OCR corrections that go by pairs
(ocr_consensus) and the table of pairs they use (patterns/make_common_pairs): prose writes its
words lower case but for a sentence's first; a capital inside a sentence marks a proper name.
"""

from __future__ import annotations

import re

# What may stand between the start of a sentence (a line, a table cell, a list item) and its first word: a
# list marker ("-", "+", "a)", "2.", "(1)", "IV."), quotes and brackets, a scan's underscores.
_OPENER = re.compile(r"(?:\A|[\n\t|.:!?])[\s\"“(_]*(?:(?:[-+•*–—]|\(?\d{1,3}[.)]|\(?[a-zđ][.)]|[IVXLC]{1,6}[.)])[\s\"“(_]*)*\Z")
PROSE = "ll"  # the case form of a pair as prose writes it
# A capital inside a sentence on the first word, or on both: how proper names are written
# ("Phan Thị", "Đông Nam", "Phó Thống đốc", "Tự do"). A capital on the second word alone, or
# capitals mixed in one pair, are more often OCR's ("bồ Sung", "SẤP xếp"): read as prose.
NAME_FORMS = frozenset({"TT", "Tl"})


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of a sentence, a line or a list item."""
    window = text[max(0, start - 40) : start]
    return bool(_OPENER.search(window if start > 40 else "\n" + window))


def _case(word: str) -> str:
    return "U" if word.isupper() and len(word) > 1 else "T" if word[:1].isupper() else "l"


def case_form(text: str, a: re.Match[str], b: re.Match[str]) -> str:
    """How the pair of words ``a`` ``b`` is cased: each word lower ("l"), capitalised ("T") or
    in capitals ("U"); a sentence's first capital is no capital ("Tổ chức thực hiện": "ll")."""
    first = _case(a.group(0))
    if first == "T" and opens_sentence(text, a.start()):
        first = "l"
    return first + _case(b.group(0))


def name_cased(text: str, a: re.Match[str], b: re.Match[str]) -> str | None:
    """The case form of the pair when it is cased as a proper name (NAME_FORMS), else None."""
    form = case_form(text, a, b)
    return form if form in NAME_FORMS else None


def neighbours(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether words ``a`` and ``b`` stand next to each other in one sentence: only spaces between
    them, and no blank line, unless the line after it goes on in small letters (OCR sets a line
    of a paragraph apart: "và tô" / "thư ký, giúp việc")."""
    gap = text[a.end() : b.start()]
    return gap.isspace() and ("\n\n" not in gap or b.group(0)[:1].islower())
