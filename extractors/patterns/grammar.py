"""The small pieces of a document's grammar that several readers need: how a signature states its
authority, how an outline item is marked, how the grounds open. Each is written once here, named,
with examples (tested in tests/test_patterns.py); the layout, the field extractors and the PDF row
reader compose their patterns from these pieces, as eyecite builds its regexes from small named
parts, so that no two modules disagree on what "KT." or "1.2." is.

Pieces are pattern strings without capturing groups (to be put inside larger patterns) unless
their name ends in ``_LINE``: those are compiled and match a whole line.
"""

from __future__ import annotations

import re

from extractors.regexes import alternation

# --- signing authority ------------------------------------------------------------------------
# Who signs for whom (Decree 30/2020/NĐ-CP, Article 13 and Appendix I; Guidance 36-HD/VPTW):
# "T/M" thay mặt (for a collective board), "K/T" ký thay (a deputy for the head), "T/L" thừa lệnh,
# "TUQ" thừa ủy quyền, "Q." quyền (acting). As printed, in capitals, with or without the dot
# ("TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "KT CHỦ TỊCH"); the value is the form the record writes.
AUTHORITIES: dict[str, str] = {
    "T/M": "T/M",
    "TM.": "T/M",
    "TM": "T/M",
    "K/T": "K/T",
    "KT.": "K/T",
    "KT": "K/T",
    "T/L": "T/L",
    "TL.": "T/L",
    "TL": "T/L",
    "TUQ.": "TUQ",
    "TUQ": "TUQ",
    "Q.": "Q.",
}
AUTHORITY_EXAMPLES = ("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "K/T BÍ THƯ", "TL. BỘ TRƯỞNG", "TUQ. GIÁM ĐỐC", "Q. CHÁNH VĂN PHÒNG")
# One authority as printed (capitals; add re.I or (?i:) to read it in any case).
AUTHORITY_FORM = alternation(AUTHORITIES)
# A line that opens with an authority, in any case: the form in "a", what it signs for in "rest".
AUTHORITY_LINE = re.compile(rf"^(?P<a>{AUTHORITY_FORM})\s*(?P<rest>.*)$", re.I)


def authority_label(form: str) -> str:
    """The record's form of an authority as printed or folded: "tm." -> "T/M", "KT" -> "K/T"."""
    return AUTHORITIES.get(form.upper(), form.upper())


# --- outline and list markers -----------------------------------------------------------------
# A plan's parts are numbered in Roman numerals, their items in Arabic numbers (nested with dots),
# points under an item with a letter and a bracket, and list lines with a dash, a plus or a bullet
# (Decree 30/2020/NĐ-CP, Appendix I: "Phần, chương, mục, tiểu mục, điều, khoản, điểm").
ROMAN = r"[IVX]{1,5}"  # "I", "IV", "XII" (a part: I to XV)
ARABIC = r"\d{1,2}(?:\.\d{1,2}){0,3}"  # "1", "2.1", "1.2.3"
LETTER = r"[a-zđ]"  # "a", "đ" in "a)", "đ)"
BULLET = r"[-–+•*]"  # "- Như trên;", "+ Tổ chức ...", "• ...", "* ..."
# The number of a chapter, a section, an article: "Chương II", "Phần 1", "Điều 12".
DIVISION_NUMBER = r"[IVXL\d]{1,5}"
DIVISION_WORDS = ("Điều", "Chương", "Mục", "Phần", "ĐIỀU", "CHƯƠNG", "MỤC", "PHẦN")
# What opens a list item before its words, whatever the level: "II.", "2.1.", "3", "a)", "-", "+".
ITEM_MARKER = rf"(?:{ROMAN}\.|{ARABIC}\.?|{LETTER}\)|{BULLET})"
ITEM_MARKER_EXAMPLES = ("II. Nhiệm vụ", "2.1. Tuyên truyền", "3 Tổ chức", "a) Ủy ban nhân dân", "- Như trên;", "+ Các xã", "• Báo cáo")

# --- the grounds -------------------------------------------------------------------------------
# The grounds of a decision or resolution ("Căn cứ Luật ...;", "Xét đề nghị của Giám đốc Sở ...",
# "Theo đề nghị của ...") come between the header and the operative part: a type name after them
# ("QUYẾT ĐỊNH:") is the operative word, not the header's. Folded (lowercase).
GROUNDS_OPENERS = ("căn cứ", "xét đề nghị", "theo đề nghị")
