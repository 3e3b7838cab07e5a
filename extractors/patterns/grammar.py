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

from plankb.extractors.regexes import alternation

# --- letters ----------------------------------------------------------------------------------
# The letters of Vietnamese, for character classes ("[{UPPER}]"): capitals and small letters with
# every vowel mark and tone.
UPPER = "A-ZĐÂĂÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

# Words that never end a sentence: a line ending with one goes on after the blank lines or the
# page number a page break put there ("các đơn vị sự nghiệp của" / "" / "Trung ương Đoàn:").
OPEN_END_WORDS = ("của", "và", "các", "với", "cho", "tại", "về", "những", "hoặc")  # not "thuộc": "đoàn trực thuộc"
OPEN_END_EXAMPLES = (
    ("Các cơ quan báo chí, các đơn vị sự nghiệp của\n\nTrung ương Đoàn:\n", "Các cơ quan báo chí, các đơn vị sự nghiệp của Trung ương Đoàn:"),
    ("Phối hợp với\n\nSở Nội vụ tổng hợp.\n", "Phối hợp với Sở Nội vụ tổng hợp."),
)

# --- OCR look-alikes of digits ----------------------------------------------------------------
# What an OCR pass or a font reads for a "1" or a "0", for character classes. Nested, narrowest
# first, because the looser a set the likelier a real letter is taken for a digit: a legislature's
# term right after "QH" takes only the tall strokes ("QH1l", "QHI5", "QHỉ4"); run into an issuer
# code, "Ì" too ("NQ-UBTVQHÌ3"); the day and month of a written-out date, where no letter may stand,
# also "t", "!", "L", "J" ("tháng t1", "tháng 0L", "ngày J7").
ONES_IN_TERM = "Ilỉí|"
ONES_IN_CODE = ONES_IN_TERM + "Ì"
ONES_IN_DATE = ONES_IN_CODE + "t!LJ"
NOUGHTS_IN_DATE = "OoÖö"
DIGIT_LOOKALIKE_EXAMPLES = (
    (ONES_IN_TERM, "QH1l", "QH11"),
    (ONES_IN_CODE, "UBTVQHÌ3", "UBTVQH13"),
    (ONES_IN_DATE, "t1", "11"),
    (ONES_IN_DATE, "J7", "17"),
)


def read_ones(token: str, ones: str, noughts: str = "") -> str:
    """``token`` with each look-alike in ``ones`` read as "1" and each in ``noughts`` as "0"."""
    return "".join("1" if ch in ones else "0" if ch in noughts else ch for ch in token)


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

# --- place and date of issue -------------------------------------------------------------------
# "Hà Nội, ngày 15 tháng 11 năm 2024" under the motto (Decree 30/2020/NĐ-CP, Appendix I, item 4).
# A word of the place: capitalised ("Cà Mau"); "TP." / "Tp." / "TP" for thành phố (a word of its
# own, not the end of a code: "315/STP-HCTP Hà Nam, ngày ...") and "phố" in
# "Thành phố Hồ Chí Minh"; Central Highlands names with an apostrophe ("Đắk R'Lấp", "Cư M'gar").
PLACE_WORD = rf"(?:(?<![^\W\d_])(?:TP\.|Tp\.|TP(?=[ \t]))|[{UPPER}](?:'[{UPPER}]?)?[{LOWER}]+|phố)"
# A place: up to six words, joined by spaces or a hyphen ("Phan Rang-Tháp Chàm", "Bà Rịa - Vũng Tàu"),
# and the number that tells apart the wards named after one town ("Hà Giang 1", "Hà Giang 2" since
# the 2025 reorganisation; "Phường 1").
PLACE = rf"{PLACE_WORD}(?:(?:[ \t]*[-–][ \t]*|[ \t]*){PLACE_WORD}){{0,5}}(?:[ \t]+\d{{1,2}}(?![\d/.]))?"
PLACE_EXAMPLES = ("Hà Nội", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm", "Đắk R'Lấp",
                  "Hà Giang 1")
# The words of a written date, in the three cases headers print them ("Ngày 15 tháng 11 năm 2024").
DAY_WORD = "(?:ngày|Ngày|NGÀY)"
MONTH_WORD = "(?:tháng|Tháng|THÁNG)"
YEAR_WORD = "(?:năm|Năm|NĂM)"
# A weekday before the date is a web page's dateline, not a place: "Thứ Hai, ngày 17 tháng 6 năm 2019".
NOT_WEEKDAY = r"(?!(?:Thứ|THỨ)[ \t]+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy|HAI|BA|TƯ|NĂM|SÁU|BẢY)\b|Chủ[ \t]+[Nn]hật)"
# The place-and-date line; "rest" is the date as written, blanks left for the day or month
# included ("ngày   tháng 11 năm 2025": the date is then unknown) or a short form "15/11/2024"; a
# scan may lose the space after "ngày" ("ngày30 tháng 11"), so only a letter may not follow it.
# extractors/dates.py reads the date out of "rest".
PLACE_DATE = re.compile(
    rf"{NOT_WEEKDAY}(?<!Thứ )(?<!THỨ )(?<!Chủ )(?P<place>{PLACE})[ \t]*,[ \t]*{DAY_WORD}(?![^\W\d_])[ \t]*"
    rf"(?P<rest>[^\n]*?{YEAR_WORD}[ \t]*\d{{4}}|[ \t]*\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}}"
    # a draft or a copy posted before it was dated leaves day, month and year blank: "Hà Nội, ngày tháng năm"
    rf"|[ \t.…_]*{MONTH_WORD}[ \t.…_]*{YEAR_WORD}[ \t.…_]*(?=[ \t]*(?:\||\n|$)))",
)
PLACE_DATE_EXAMPLES = ("Hà Nội, ngày tháng năm", "Hà Nội, ngày ... tháng ... năm ...", "Hà Nội, ngày 15 tháng 11 năm 2024", "Hà Nội, ngày30 tháng 11 năm 2024", "Quảng Ninh, ngày   tháng 11 năm 2025", "TP. Hồ Chí Minh, Ngày 03/02/2023",
                       "Hà Giang 1, ngày 18 tháng 8 năm 2025")
