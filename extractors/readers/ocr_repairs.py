"""OCR-tolerant repair of the usual confusions in numbers, symbols and dates.

Each repair is a row of data: a pattern that matches only where the repaired form is the one
reading that fits (inside a symbol, a date, the "Số:" line), the fix, and examples that the tests
check. What still looks damaged in a date or symbol is reported as doubtful, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Characters OCR reads for a digit, and the digit; only applied inside a digit slot.
# "Š" (no Vietnamese letter) is a "5" whose flag the scan bent
_DIGIT_LIKE = str.maketrans({"O": "0", "o": "0", "Q": "0", "D": "0", "I": "1", "l": "1", "|": "1", "]": "1", "[": "1", "!": "1", "i": "1",
                             "Š": "5"})
_CONFUSABLE = "OoQDIl|\\]\\[!iŠ"


def _digits(s: str) -> str:
    return s.translate(_DIGIT_LIKE)


def _day(m: re.Match[str]) -> str:
    day = _digits(m["day"])
    return m.group(0).replace(m["day"], day, 1) if day.isdigit() and 1 <= int(day) <= 31 else m.group(0)


def _month(m: re.Match[str]) -> str:
    month = _digits(m["month"])
    return m.group(0).replace(m["month"], month, 1) if month.isdigit() and 1 <= int(month) <= 12 else m.group(0)


def _year(m: re.Match[str]) -> str:
    year = _digits(m["year"])
    return m.group(0).replace(m["year"], year, 1) if year.isdigit() and 1945 <= int(year) <= 2099 else m.group(0)


def _number(m: re.Match[str]) -> str:
    num = _digits(m["num"])
    return num + m.group(0)[len(m["num"]) :] if num.isdigit() else m.group(0)


def _type_names() -> dict[str, str]:
    from plankb.extractors.patterns.doc_types import TYPE_NAMES
    from plankb.extractors.text import strip_accents

    names = {n.upper() for n, _ in TYPE_NAMES}
    return {strip_accents(n): n for n in names}


_TYPE_NAMES = _type_names()  # "QUYET DINH" -> "QUYẾT ĐỊNH": no two names share a bare form
# Its words run together ("THONGTU" for "THÔNGTƯ"): no two type names differ only in spaces.
_GLUED_TYPE_NAMES = {bare.replace(" ", ""): name for bare, name in _TYPE_NAMES.items()}


def _type_name(m: re.Match[str]) -> str:
    from plankb.extractors.text import strip_accents

    bare = " ".join(strip_accents(m["name"]).replace("Ư", "U").split())
    # A letter read twice ("QUYEÉT"): no type name has a doubled letter
    name = _TYPE_NAMES.get(bare) or _TYPE_NAMES.get(re.sub(r"(\w)\1", r"\1", bare))
    name = name or _GLUED_TYPE_NAMES.get(bare.replace(" ", ""))
    return name or m.group(0)


# The line may keep bits of the rules drawn above and below the name ("___\tTHÔNG TƯ _"): they go with the repair.
_TYPE_NAME_ALONE = re.compile(r"^[\s_—–~=-]*(?P<name>[A-ZÀ-Ỹ][A-ZÀ-Ỹ ]{3,30}?)[’'`.]?[\s_—–~=-]*$")


def _one_as_i(m: re.Match[str]) -> str:
    from plankb.extractors.syllables import is_syllable

    word = m.group(0).replace("1", "i")
    return word if is_syllable(word) else m.group(0)


def _glued_capitals(m: re.Match[str]) -> str:
    from plankb.extractors.syllables import is_syllable

    word = m.group(0)
    if not word.isupper() or is_syllable(word):
        return word
    # parts of three letters at least: "QUYÉT" is a misread "QUYẾT", not "QUY ÉT"
    cuts = [i for i in range(3, len(word) - 2) if is_syllable(word[:i]) and is_syllable(word[i:])]
    return f"{word[: cuts[0]]} {word[cuts[0] :]}" if len(cuts) == 1 else word


def _province_word(m: re.Match[str]) -> str:
    """ "tĩnh" (Ĩ for Ỉ: the hook read as a tilde) before a province's name is "tỉnh"."""
    from plankb.extractors.patterns.places import PROVINCES

    after = m["after"]
    if not any(after.lower().startswith(p.lower()) and (len(after) == len(p) or not after[len(p)].isalpha()) for p in PROVINCES):
        return m.group(0)
    word = {"TĨNH": "TỈNH", "Tĩnh": "Tỉnh", "tĩnh": "tỉnh"}[m["word"]]
    return m["lead"] + word + m["space"] + after


def _code_read_twice(m: re.Match[str]) -> str:
    from plankb.extractors import symbols

    code = m["code"].replace("Ð", "Đ")  # the eth is no Vietnamese letter
    if symbols.type_code(code) or symbols.known_issuer(code):
        return code
    once = re.sub(r"(\w)\1", r"\1", code)
    return once if symbols.type_code(once) else m["code"]


def _near(word: str, target: str) -> bool:
    """Whether ``word`` (any marks, any case) is ``target`` (bare, small letters) with at most two
    letters misread, lost or added: what a seal's ring or a copier's specks leave of a word."""
    from rapidfuzz.distance import Levenshtein

    from plankb.extractors.text import strip_accents

    return Levenshtein.distance(strip_accents(word).lower().replace("đ", "d"), target) <= 2


def _date_words(m: re.Match[str]) -> str:
    day, month = int(m["day"]), int(m["month"])
    if not (1 <= day <= 31 and 1 <= month <= 12 and _near(m["t"], "thang") and _near(m["n"], "nam")):
        return m.group(0)
    return f"{m['ngay']} {m['day']} tháng {m['month']} năm {m['year']}"


# Signs no Vietnamese text writes as a word of their own: a copier's specks, a seal's or a
# signature's strokes read alone ("Bộ Nội vụ _'", "ỦY BAN NHÂN DÂN ˆ"). Dashes, dots, colons and
# double quotes are text; "|" may be a table's rule. A dot alone is a speck too ("cấp. ."), and so
# is a dash with a dot ("-. PHÁT TRIỂN"); a dash alone ("2021 - 2025") and dots of a blank ("...") stay.
_SPECK_SIGNS = "`¬ˆ~°´¨_'‘’\\"
_SPECK_CLASS = "[" + re.escape(_SPECK_SIGNS + ".") + "]"
_SPECK_OR_DASH = "[" + re.escape(_SPECK_SIGNS + ".-") + "]"
_SPECK_WORD = re.compile(f"{_SPECK_OR_DASH}{{0,2}}{_SPECK_CLASS}{_SPECK_OR_DASH}{{0,2}}")
# The same signs glued before the first word of a line ("'THỰC HIỆN", "_Nghệ An").
_SPECK_LEAD = re.compile(rf"^(?P<space>\s*){_SPECK_CLASS}{{1,2}}(?=[^\W\d_])")


def _without_specks(m: re.Match[str]) -> str:
    parts = re.split(r"(\s+)", m.group(0))  # words at even places, the spaces and tabs between them kept
    out: list[str] = []
    for i in range(0, len(parts), 2):
        if parts[i] and _speck(parts[i]):
            continue  # the speck and the space after it
        out.append(parts[i])
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    line = _SPECK_LEAD.sub(lambda x: x["space"], "".join(out))
    if line == m.group(0):
        return line
    words = parts[::2]
    if len(words) >= 2 and _speck(words[-1]) and words[-2] == "-":
        # "TỈNH TUYÊN QUANG - '": a dash with a speck after it ends no text ("2021 -" before a
        # line's "2025" has none); left alone it would join the next line as a broken word
        line = re.sub(r"\s+-\s*$", "", line)
    return line.rstrip() if line.strip() else m.group(0)


def _speck(word: str) -> bool:
    """A word of signs only that is a speck: any of the signs no text writes alone, or a dot,
    alone or beside a dash; not a dash alone, not the dots of a blank ("...")."""
    return bool(_SPECK_WORD.fullmatch(word)) and not re.fullmatch(r"\.{2,}|-+", word)


# A sign or two a speck or the seal's ring left beside a word of the date ("tháng 12. năm 2025", "năm, 2024").
# Not a sign that may be a digit misread ("4]" may be 41): that slot is doubtful, not repaired.
_SPECK = r"[.,;:'`‘’¬_~]{0,2}"


@dataclass(frozen=True)
class Repair:
    name: str
    pattern: re.Pattern[str]
    fix: Callable[[re.Match[str]], str] | str
    examples: tuple[tuple[str, str], ...]


REPAIRS: list[Repair] = [
    Repair(
        "specks read as signs standing alone",  # only on a line with words: a line of rules stays
        re.compile(r"^(?=.*[^\W\d_]{2}).+$"),
        _without_specks,
        (("Bộ Nội vụ _'", "Bộ Nội vụ"), ("ˆ ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"), ("Trường Tiểu học diễn. - thành ¬", "Trường Tiểu học diễn. - thành"),
         ("-. PHÁT TRIỂN CHÍNH QUYỀN SỐ", "PHÁT TRIỂN CHÍNH QUYỀN SỐ"), ("TỈNH LONG AN - '", "TỈNH LONG AN"),
         ("GIAI ĐOẠN 2021 -", "GIAI ĐOẠN 2021 -"), ("'THỰC HIỆN CHỈ THỊ", "THỰC HIỆN CHỈ THỊ"),
         ("ĐVHC cấp. .", "ĐVHC cấp."), ("__. Kỳ thi tốt nghiệp trung", "Kỳ thi tốt nghiệp trung"), ("Số: .../QĐ-UBND", "Số: .../QĐ-UBND"),
         ("ngày ... tháng ... năm 2025", "ngày ... tháng ... năm 2025"), ("(2021 - 2025)", "(2021 - 2025)"), ("- Như trên;", "- Như trên;"),
         ("Độc lập - Tự do - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"), ("___", "___"), ("“ Nông thôn mới ”", "“ Nông thôn mới ”"),
         ("Điều 5. Trách nhiệm _", "Điều 5. Trách nhiệm")),
    ),
    Repair(
        "fraction slash",  # "31⁄2024/QH15": the look-alike of "/" no Vietnamese document types
        re.compile("\u2044"),
        "/",
        (("số 31\u20442024/QH15", "số 31/2024/QH15"),),
    ),
    Repair(
        "strokes after 'Nơi nhận:'",  # a signature's strokes beside the heading, read as "7⁄7": no recipient is only digits and marks
        re.compile(r"^(?P<lead>\s*Nơi nhận\s*:)[^\w\n]*\d[\d\W]{0,5}$"),
        lambda m: m["lead"],
        (("Nơi nhận:\t7⁄7", "Nơi nhận:"), ("Nơi nhận: ,1/", "Nơi nhận:")),
    ),
    Repair(
        "'V/v' misread at the start of a letter's subject",  # "ƒ/w cử", "V4 cử", "W/v về": followed by the subject in small letters
        re.compile(r"^(?P<lead>\s*)(?:[ƒfVW]\s?[/|]\s?[vwyVW]|V4|Vív)\s+(?=[a-zđà-ỹ])"),
        lambda m: m["lead"] + "V/v ",
        (("ƒ/w cử lãnh đạo Ban tham gia", "V/v cử lãnh đạo Ban tham gia"), ("V4 cử đại diện lãnh đạo", "V/v cử đại diện lãnh đạo"),
         ("W/v giới thiệu", "V/v giới thiệu"), ("V/v cử đại diện", "V/v cử đại diện"), ("Võ Văn Kiệt", "Võ Văn Kiệt")),
    ),
    Repair(
        "'Về việc' misread at the start of a subject",  # "vẻ việc cử lãnh đạo", "Và ,việc kéo dài" (a speck read as a comma)
        re.compile(r"^(?P<lead>\s*)(?:[vV](?:ẻ|è|ê|e|ể|ễ)|Và)\s*,?\s*(?=việc\s)"),
        lambda m: m["lead"] + "Về ",
        (("vẻ việc cử lãnh đạo", "Về việc cử lãnh đạo"), ("Về việc cử", "Về việc cử"), ("Và ,việc kéo dài", "Về việc kéo dài"),
         ("và việc làm", "và việc làm")),
    ),
    Repair(
        "subject of a letter",  # "V/ Đề nghị ...": the "v" of "V/v" (về việc) lost; no other word is "V/"
        re.compile(r"^(?P<lead>\s*)V\s?/\s+(?=[^\W\d_])"),
        lambda m: m["lead"] + "V/v ",
        (("V/ Đề nghị xây dựng Nghị định", "V/v Đề nghị xây dựng Nghị định"), ("V / giới thiệu lãnh đạo", "V/v giới thiệu lãnh đạo")),
    ),
    Repair(
        "a letter no Vietnamese word has, glued before a word",  # "øgiao": a speck read as "ø"
        re.compile(r"(?<!\S)[øØßæÆþÞ](?=[a-zđà-ỹ][a-zđà-ỹ1])"),
        "",
        (("nút øgiao", "nút giao"), ("Ø và", "Ø và")),
    ),
    Repair(
        "'i' read as '1' inside a word",  # "g1ao" -> "giao": only where the word is then a Vietnamese syllable
        re.compile(r"(?<![\w/.-])[a-zđà-ỹ]+1[a-zđà-ỹ]+(?![\w/.-])"),
        _one_as_i,
        (("nút g1ao Túy Loan", "nút giao Túy Loan"), ("t1nh thần", "tinh thần"), ("mã a1b2", "mã a1b2")),
    ),
    Repair(
        "number line",  # "Số:" misread at the start of the number line, before a symbol
        re.compile(r"^(?:Sii|Sô|S6|S0|Sd|So|Sö|56|5ố|5ô|SỐ|Số)\s*[:;.]\s*(?=[\dOIl]{1,5}\s*[/-])"),
        "Số: ",
        (("Sii: 72/NQ-CP", "Số: 72/NQ-CP"), ("56:172/TB-VPCP", "Số: 172/TB-VPCP"), ("Sô: 5/QĐ-TTg", "Số: 5/QĐ-TTg")),
    ),
    Repair(
        "type name standing alone",  # "QUYÉT ĐỊNH": the one type name with these bare letters
        _TYPE_NAME_ALONE,
        _type_name,
        (("QUYÉT ĐỊNH", "QUYẾT ĐỊNH"), ("QUYEÉT ĐỊNH", "QUYẾT ĐỊNH"), ("THÔNG TU’", "THÔNG TƯ"), ("NGHI QUYET", "NGHỊ QUYẾT"), ("KÉ HOẠCH", "KẾ HOẠCH"),
         ("___\tTHÔNGTƯ _", "THÔNG TƯ"), ("TỜTRÌNH", "TỜ TRÌNH"), ("— KẾ HOẠCH —", "KẾ HOẠCH"), ("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN")),
    ),
    Repair(
        "two words of capitals read as one",  # "THỦ TƯỚNG CHÍNHPHỦ": one way only to cut it into two syllables
        re.compile(r"(?<![\w/-])[^\W\d_]{5,}(?![\w/-])"),
        _glued_capitals,
        (("THỦ TƯỚNG CHÍNHPHỦ", "THỦ TƯỚNG CHÍNH PHỦ"), ("HỘI LHPN TỈNHLÂM ĐỒNG", "HỘI LHPN TỈNH LÂM ĐỒNG"),
         ("ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN TỈNH"), ("Số: 12/UBND-KSTTHC", "Số: 12/UBND-KSTTHC"), ("ĐÔNGÁ", "ĐÔNGÁ"),
         ("chínhphủ", "chínhphủ"), ("QUYÉT", "QUYÉT")),
    ),
    Repair(
        "a deputy's title, Ở read as Ờ",  # "PHÓ TRƯỜNG BAN", "KT. TRƯỜNG BAN": only "trưởng" (head) follows "phó" or "KT."
        re.compile(r"(?<![\w/])(?P<lead>PHÓ|KT\.|K/T)(?P<space>\s+)TRƯỜNG(?![\w])"),
        lambda m: m["lead"] + m["space"] + "TRƯỞNG",
        (("PHÓ TRƯỜNG BAN", "PHÓ TRƯỞNG BAN"), ("KT. TRƯỜNG BAN", "KT. TRƯỞNG BAN"), ("K/T TRƯỜNG BAN", "K/T TRƯỞNG BAN"),
         ("HIỆU TRƯỞNG TRƯỜNG THPT", "HIỆU TRƯỞNG TRƯỜNG THPT"), ("PHÓ TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG")),
    ),
    Repair(
        "'tỉnh' before a province, Ỉ read as Ĩ",  # "CỦA TĨNH HÀ GIANG"; "Hà Tĩnh" and "bình tĩnh" stand
        re.compile(r"(?P<lead>(?<![\w])(?<!Hà )(?<!HÀ ))(?P<word>TĨNH|Tĩnh|tĩnh)(?P<space> )(?P<after>[A-ZĐÀ-Ỹ][^\n]{0,20})"),
        _province_word,
        (("CỦA TĨNH HÀ GIANG", "CỦA TỈNH HÀ GIANG"), ("trên địa bàn tĩnh Lâm Đồng", "trên địa bàn tỉnh Lâm Đồng"),
         ("TỈNH HÀ TĨNH", "TỈNH HÀ TĨNH"), ("huyện Tĩnh Gia", "huyện Tĩnh Gia"), ("bình tĩnh Nam", "bình tĩnh Nam"),
         ("TĨNH HÀ NAM", "TỈNH HÀ NAM")),
    ),
    Repair(
        "a letter of a symbol's type code read twice",  # "3085/QĐÐ-UBND": "Đ" and its look-alike "Ð" side by side
        re.compile(r"(?<=\d/)(?P<code>[A-ZĐÐ]{2,6})(?=-[A-ZĐ])"),
        _code_read_twice,
        (("Số: 3085/QĐÐ-UBND", "Số: 3085/QĐ-UBND"), ("12/KHH-UBND", "12/KH-UBND"), ("45/QĐ-UBND", "45/QĐ-UBND"),
         ("7/TTr-UBND", "7/TTr-UBND"), ("9/UBND-VX", "9/UBND-VX")),
    ),
    Repair(
        "a speck read as a stop inside a sentence",  # "Về. việc công bố": a fax's or copier's dot after a word, before one in small letters
        # Not after a letter alone or a dot ("v.v. và", "TP."), nor before a capital or a digit: a sentence ends there.
        re.compile(r"(?<=[^\W\d_]{2})\.(?= [a-zđà-ỹ]{2})"),
        "",
        (("Về. việc công bố thủ tục", "Về việc công bố thủ tục"), ("chức. năng quản lý của. Bộ", "chức năng quản lý của. Bộ"),
         ("các nội dung v.v. và", "các nội dung v.v. và"), ("năm 2024. các", "năm 2024. các"), ("hoàn thành. Các đơn vị", "hoàn thành. Các đơn vị")),
    ),
    Repair(
        "the Đ of a decision's code read as a zero",  # "2827/Q0-BGDĐT": a fax's or copier's faint bar of "Đ"; no code is "Q0" or "QO"
        re.compile(r"(?<=\d/)Q[0O](?=-[A-ZĐ])"),
        "QĐ",
        (("Số: 2827/Q0-BGDĐT", "Số: 2827/QĐ-BGDĐT"), ("số 15/2024/QO-UBND", "số 15/2024/QĐ-UBND"), ("Số: 45/QĐ-UBND", "Số: 45/QĐ-UBND"),
         ("Số: 12/QC-UBND", "Số: 12/QC-UBND")),
    ),
    Repair(
        "slash lost after a symbol's year",  # "38/2024TT-BGTVT": a year is never glued to the type code
        re.compile(r"(?<=\d/)(?P<year>(?:19|20)\d\d)(?=[A-ZĐ][A-ZĐa-z]{0,3}-[A-ZĐ])"),
        lambda m: m["year"] + "/",
        (("Số: 38/2024TT-BGTVT", "Số: 38/2024/TT-BGTVT"), ("15/2020NĐ-CP", "15/2020/NĐ-CP"), ("12/2024/TT-BYT", "12/2024/TT-BYT")),
    ),
    Repair(
        "legislature in a law's symbol",  # "QHI5" -> "QH15": the 15th National Assembly
        re.compile(r"(?<=[/-])(?P<pre>(?:UBTV)?[QO0]H)(?P<d1>[1Il|!\]])(?P<d2>[\dSsOo])(?![\w])"),
        lambda m: m["pre"][:-2] + "QH1" + _digits(m["d2"]).replace("S", "5").replace("s", "5"),
        (("Luật số 31/2024/QHI5", "Luật số 31/2024/QH15"), ("15/2012/QH1S", "15/2012/QH15"), ("43/2019/UBTVQHl4", "43/2019/UBTVQH14"),
         ("SỐ 31/2024/0H15,", "SỐ 31/2024/QH15,"), ("số 29/2023/OH15", "số 29/2023/QH15")),
    ),
    Repair(
        "the Prime Minister's code",  # "QĐ-T1g" -> "QĐ-TTg": no issuer code has a digit or "l" there
        re.compile(r"(?<=\d/[A-ZĐ]{2}-)T[1Il|]g(?![\w])"),
        "TTg",
        (("Quyết định số 23/2023/QĐ-T1g ngày", "Quyết định số 23/2023/QĐ-TTg ngày"), ("Số: 742/QĐ-TIg", "Số: 742/QĐ-TTg")),
    ),
    Repair(
        "year inside a symbol",  # "12/2O24/NĐ-CP"
        re.compile(rf"(?<=/)(?P<year>(?:19|20|2[Oo])[\d{_CONFUSABLE}]{{2}})(?=/[A-ZĐ])"),
        _year,
        (("12/2O24/NĐ-CP", "12/2024/NĐ-CP"), ("7/20l9/TT-BTC", "7/2019/TT-BTC")),
    ),
    Repair(
        "number before a symbol's year",  # "l2/2024/TT-BYT"
        re.compile(rf"(?<![\w/])(?P<num>[\d{_CONFUSABLE}]{{1,4}})(?=/(?:19|20)\d\d/[A-ZĐ])"),
        _number,
        (("l2/2024/TT-BYT", "12/2024/TT-BYT"), ("1O/2023/NĐ-CP", "10/2023/NĐ-CP")),
    ),
    Repair(
        "the words of a date, damaged",  # "ngày 21 màng 10 nănh 2021": between a day, a month and a year only "tháng" and "năm" stand
        re.compile(rf"(?P<ngay>(?<!\w)[Nn]gày){_SPECK}\s+{_SPECK}(?P<day>\d{{1,2}}){_SPECK}(?:\s+|-\s*)(?P<t>[^\W\d_]{{3,6}}){_SPECK}(?:\s+|-)"
                   rf"{_SPECK}(?P<month>\d{{1,2}}){_SPECK}(?:\s+|[-:;]\s*)(?P<n>[^\W\d_]{{2,5}}){_SPECK}\s+{_SPECK}(?P<year>(?:19|20)\d\d)(?!\d)"),
        _date_words,
        (("Nghệ An, ngày 21 màng 10 nănh 2021", "Nghệ An, ngày 21 tháng 10 năm 2021"),
         ("Bắc Ninh, ngày 29 tháng 12. năm 2025 :", "Bắc Ninh, ngày 29 tháng 12 năm 2025 :"),
         ("Thàni, ngày 30 thắng 8 năm, 2024", "Thàni, ngày 30 tháng 8 năm 2024"),
         ("Hà Nội, ngày 16 tháng 6 hăm 2025", "Hà Nội, ngày 16 tháng 6 năm 2025"),
         ("Bạc Liêu, ngày 09 tháng 01-năm 2018", "Bạc Liêu, ngày 09 tháng 01 năm 2018"),
         ("Bạc Liêu, ngày 09 tháng 01:hắm 2018", "Bạc Liêu, ngày 09 tháng 01 năm 2018"),  # a seal's stroke glued the month to "năm"
         ("Hà Nội, ngày 14 tháng-11 nătn 2025", "Hà Nội, ngày 14 tháng 11 năm 2025"),
         ("ngày 16 tháng 7 năm 2021", "ngày 16 tháng 7 năm 2021"),
         ("ngày 12 đến 15 tuần 2024", "ngày 12 đến 15 tuần 2024"), ("ngày 40 tháng 7 năm 2021", "ngày 40 tháng 7 năm 2021")),
    ),
    Repair(
        "day before 'tháng'",  # "2] tháng" -> "21 tháng", "ngày I2 tháng" -> "ngày 12 tháng"
        re.compile(rf"(?<![\w\]|!\[])(?P<day>\d[{_CONFUSABLE}]|[{_CONFUSABLE}]\d)(?=\s+th[áa]ng\s)"),
        _day,
        (("ngày 2] tháng 3", "ngày 21 tháng 3"), ("ngày I2 tháng 4", "ngày 12 tháng 4"), ("ngày 3l tháng 5", "ngày 31 tháng 5")),
    ),
    Repair(
        "month between 'tháng' and 'năm'",  # "tháng l2 năm" -> "tháng 12 năm"
        re.compile(rf"(?<=tháng\s)(?P<month>[\d{_CONFUSABLE}]{{1,2}})(?=\s+n[ăa]m\s)"),
        _month,
        (("tháng l2 năm 2024", "tháng 12 năm 2024"), ("tháng I năm 2025", "tháng 1 năm 2025"), ("tháng Š năm 2024", "tháng 5 năm 2024")),
    ),
    Repair(
        "year after 'năm'",  # "năm 2O25"
        re.compile(rf"(?<=năm\s)(?P<year>(?:19|20|2[Oo])[\d{_CONFUSABLE}]{{2}})(?![\w%])"),
        _year,
        (("năm 2O25", "năm 2025"), ("năm 20l9", "năm 2019")),
    ),
]

# A date slot that still holds something other than digits after the repairs.
_DOUBTFUL = re.compile(
    r"(?:ngày|tháng)\s+(?P<a>\S*\d\S*[^\d\s.,;:)]\S*|\S*[^\d\s.,;:(]\S*\d\S*)(?=\s+(?:tháng|năm)\b)"
    r"|năm\s+(?P<b>2\d{2}[^\d\s.,;:)]|2\d[^\d\s.,;:)]\d)"
)


def misread_type_name(line: str) -> str | None:
    """The type name a line standing alone misreads ("THÔNG TU’" is "THÔNG TƯ"), or None: also
    for text layers left by an old OCR pass that read well enough to be kept."""
    m = _TYPE_NAME_ALONE.match(line)
    if not m:
        return None
    name = _type_name(m)
    return name if name != m.group(0) else None


def repair_line(line: str) -> tuple[str, list[str]]:
    """The repaired line and the doubtful tokens left in its date slots."""
    for repair in REPAIRS:
        line = repair.pattern.sub(repair.fix, line)
    doubtful = [m["a"] or m["b"] for m in _DOUBTFUL.finditer(line)]
    return line, doubtful
