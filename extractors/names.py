"""Names of bodies as a person writes them, and the test for where a body's name starts and ends.

Headers print names in capitals ("TÒA ÁN NHÂN DÂN TỈNH CÀ MAU"); records carry them as the
text would ("Tòa án nhân dân tỉnh Cà Mau"), following the capitalisation rules of Decree
30/2020/NĐ-CP (Appendix II): the first word, the words naming the body's function after "Ban",
"Sở", "Bộ"..., proper names of places and organisations.
"""

from __future__ import annotations

import re

from plankb.extractors.patterns.bodies import (
    ACTION_WORDS,
    BODY_HEADS,
    DELEGATES_WITH_AND,
    NAMES_WITH_AND,
    NOT_BODIES,
    NOT_TASK_WORDS,
    ORGAN_FUNCTIONS,
)
from plankb.extractors.patterns.places import PROVINCES
from plankb.extractors.regexes import alternation, spaced
from plankb.extractors.text import fold

ACRONYMS = {
    "tncs", "ubnd", "hđnd", "mttq", "tand", "vksnd", "đtn", "lhtn", "ccb", "hlhpn", "tw", "bch", "btv",
    "ubkt", "lđlđ", "hcm", "tp", "tp.", "vh", "xh", "qp", "an", "bcđ", "ub", "đuk", "bdv", "btg",
}
_VOWEL = re.compile(r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_PLACE_ACRONYMS = {"tp", "tp.", "hcm", "tw"}
# Terms with their own capitals, folded form -> written form; longest first when applied.
PROPER_TERMS = {
    "trung ương": "Trung ương",
    "tỉnh ủy": "Tỉnh ủy",
    "huyện ủy": "Huyện ủy",
    "thành ủy": "Thành ủy",
    "quận ủy": "Quận ủy",
    "thị ủy": "Thị ủy",
    "đảng ủy": "Đảng ủy",
    "đảng bộ": "Đảng bộ",
    "đảng": "Đảng",
    "đoàn tncs hồ chí minh": "Đoàn TNCS Hồ Chí Minh",
    "tỉnh đoàn": "Tỉnh Đoàn",
    "thành đoàn": "Thành Đoàn",
    "huyện đoàn": "Huyện Đoàn",
    "đoàn": "Đoàn",
    "khối": "Khối",
    "hồ chí minh": "Hồ Chí Minh",
    "việt nam": "Việt Nam",
    "mặt trận tổ quốc": "Mặt trận Tổ quốc",
    "ủy ban nhân dân": "Ủy ban nhân dân",
    "hội đồng nhân dân": "Hội đồng nhân dân",
    "tòa án nhân dân": "Tòa án nhân dân",
    "viện kiểm sát nhân dân": "Viện kiểm sát nhân dân",
    "cơ quan - doanh nghiệp": "Cơ quan - Doanh nghiệp",
    "quốc hội": "Quốc hội",
    "chính phủ": "Chính phủ",
    "thủ tướng chính phủ": "Thủ tướng Chính phủ",
    "bộ chính trị": "Bộ Chính trị",
    "kho bạc nhà nước": "Kho bạc Nhà nước",
    # mass organisations' names as their charters write them (a header in capitals loses the case)
    "liên đoàn lao động": "Liên đoàn Lao động",
    "công an": "Công an",
    # a congress an organising board is named after: "Ban Tổ chức Đại hội đại biểu các dân tộc thiểu số Việt Nam"
    "đại hội đại biểu": "Đại hội đại biểu",
    "các dân tộc thiểu số": "các dân tộc thiểu số",
    # Titles of signers.
    "bí thư": "Bí thư",
    "chủ tịch": "Chủ tịch",
    "giám đốc": "Giám đốc",
    "chánh án": "Chánh án",
    "trưởng ban": "Trưởng ban",
    "thường trực": "Thường trực",
    "viện trưởng": "Viện trưởng",
    "trưởng phòng": "Trưởng phòng",
    "chánh văn phòng": "Chánh Văn phòng",
    "bộ trưởng": "Bộ trưởng",
    "thứ trưởng": "Thứ trưởng",
}
_TERMS_LONGEST_FIRST = [(t.split(), w) for t, w in sorted(PROPER_TERMS.items(), key=lambda kv: -len(kv[0]))]
# After these heads the next word is capitalised: "Ban Thường vụ", "Sở Tư pháp", "Bộ Nội vụ".
FUNCTION_HEADS = ("ban", "sở", "bộ", "cục", "vụ", "phòng", "văn phòng", "viện", "tổng cục", "trường", "hội", "ủy ban",
                  # public service units name their field the same way: "Trung tâm Y tế", "Trung tâm Phục vụ hành chính công"
                  "trung tâm")
PLACE_UNITS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "tỉnh ủy", "huyện ủy",
               "thành ủy", "quận ủy", "thị ủy", "tỉnh đoàn", "huyện đoàn", "thành đoàn")


# Units named by an area, not an administrative unit: the 2025 reorganisation names regional
# services after it ("TRUNG TÂM Y TẾ KHU VỰC YÊN SƠN" -> "Trung tâm Y tế khu vực Yên Sơn").
AREA_UNITS = ("khu vực",)
# Below the commune, a village's name ("Chi bộ thôn Đồng Muống", "Chi hội ấp Tân Lập"), and a school's
# after its level ("Trường THCS Định Hóa", "Trường Tiểu học Diễn Thành"), are written like places.
VILLAGE_UNITS = ("thôn", "bản", "ấp", "buôn", "xóm", "sóc")
# "TH", "MN": the short forms schools write their own level with ("TRƯỜNG TH TÂY SƠN", "TRƯỜNG MN HOA SEN").
SCHOOL_LEVELS = ("thcs", "thpt", "tiểu học", "mầm non", "trung học cơ sở", "trung học phổ thông", "ptdtnt", "ptdtbt",
                 "đại học", "cao đẳng", "th", "mn")
_NAMED_AFTER = PLACE_UNITS + AREA_UNITS + VILLAGE_UNITS + SCHOOL_LEVELS
_ROMAN_NUMBER = re.compile(r"[IVXLC]+")


def name_case(upper: str) -> str:
    """"BAN THƯỜNG VỤ HUYỆN ỦY" -> "Ban Thường vụ Huyện ủy"; a name already in mixed case is kept."""
    words = upper.split()
    if not words:
        return upper
    if not all(w.upper() == w for w in words):
        return " ".join(words)
    low = [fold(w) for w in words]
    out = list(low)
    after_term = False  # the word before ended a proper term: "Đảng bộ tỉnh" keeps "tỉnh" low
    in_function = False  # inside the function's words after a head ("Sở Văn hóa, Thể thao và Du lịch")
    i = 0
    while i < len(low):
        matched = False
        for parts, written in _TERMS_LONGEST_FIRST:
            if low[i : i + len(parts)] == parts:
                out[i : i + len(parts)] = written.split()
                i += len(parts)
                matched = True
                break
        if matched:
            after_term = True
            continue
        w = low[i]
        head_before = not after_term and i > 0 and _ends_with(low[:i], FUNCTION_HEADS)
        after_term = False
        if (w in ACRONYMS or not _VOWEL.search(w)) and not (i > 0 and _ends_with(low[:i], _NAMED_AFTER)):
            out[i] = words[i]  # "UBND", and any word without a vowel: "LHPN", "VKSND"
        elif i > 0 and _ends_with(low[:i], _NAMED_AFTER):
            # A place name: every syllable capitalised up to the end ("tỉnh Cà Mau"); an area's
            # number keeps its capitals ("Kho bạc Nhà nước khu vực XI").
            school = _ends_with(low[:i], SCHOOL_LEVELS)
            for j in range(i, len(low)):
                if low[j] in _PLACE_ACRONYMS or (_ends_with(low[:i], AREA_UNITS) and _ROMAN_NUMBER.fullmatch(words[j])):
                    out[j] = words[j]
                elif school and (not _VOWEL.search(low[j]) or (low[j] == "và" and j + 1 < len(low) and not _VOWEL.search(low[j + 1]))):
                    out[j] = words[j] if low[j] != "và" else "và"  # levels joined: "Trường PTDTBT THCS", "THCS và THPT"
                elif low[j] == "số" and j + 1 < len(low) and low[j + 1].isdigit():
                    out[j] = "số"  # a numbered one: "Trường Tiểu học số 1 Nam Phước", "khu vực số 2"
                else:
                    out[j] = low[j][:1].upper() + low[j][1:]
            break
        elif head_before and w not in _UNIT_WORDS and w not in VILLAGE_UNITS:
            out[i] = w[:1].upper() + w[1:]
            in_function = True
        elif in_function and (low[i - 1] == "và" or low[i - 1].endswith(",")) and w not in _UNIT_WORDS:
            out[i] = w[:1].upper() + w[1:]  # each field of a function: "Sở Giáo dục và Đào tạo"
        i += 1
    _province_at_end(low, out)
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


_PROVINCE_WORDS = sorted((fold(p).split() for p in PROVINCES), key=len, reverse=True)


def _province_at_end(low: list[str], out: list[str]) -> None:
    """A mass organisation's header names its province without "tỉnh" ("HỘI LIÊN HIỆP PHỤ NỮ PHÚ
    YÊN", "LIÊN ĐOÀN LAO ĐỘNG QUẢNG NAM"): a province's name ending the name is a place, each
    syllable capitalised, as after "tỉnh"."""
    for parts in _PROVINCE_WORDS:
        n = len(parts)
        if len(low) > n and low[-n:] == parts and all(w.islower() for w in out[-n:]):
            out[-n:] = [w[:1].upper() + w[1:] for w in low[-n:]]
            return


_UNIT_WORDS = {u.split()[0] for u in PLACE_UNITS}


def _ends_with(words: list[str], heads: tuple[str, ...]) -> bool:
    for head in heads:
        parts = head.split()
        if words[-len(parts) :] == parts:
            return True
    return False


_HEADS_F = sorted({fold(h) for h in BODY_HEADS}, key=len, reverse=True)
_HEAD_RE = re.compile(r"(?:" + alternation(_HEADS_F) + r")(?![\wđ])")
_NOT_BODY_RE = re.compile(r"(?:" + alternation(NOT_BODIES) + r")(?![\wđ])")
_ACTION_RE = re.compile(
    # Words of a verb may stand on two lines: "Sở Tài chính, trên\ncơ sở đề xuất ...".
    r"(?<![\wđ])(?:" + spaced(alternation({fold(a) for a in ACTION_WORDS})) + r")(?![\wđ])"
)
# "các cơ quan tham mưu, giúp việc của Tỉnh ủy": an organ named by its functions, their verbs in its name.
_ORGAN_FUNCTIONS_RE = re.compile(
    r"cơ\s+quan(?:\s+chuyên\s+trách)?\s+(?:"
    + spaced(alternation(ORGAN_FUNCTIONS))
    + r")(?![\wđ])"
)
# Words that, right after a head, belong to the name: "Ban Chỉ đạo", "Ban Tổ chức", "Ủy ban Kiểm tra".
_NOUN_BEFORE = re.compile(r"(?:các|những|mọi|cơ quan|việc|lĩnh vực|công tác|công|ngoại|\d+)\s*$")  # "Bộ Ngoại giao"
# ... unless those words begin an act or a thing: "tổ chức hội nghị" is the verb and its object.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:" + alternation(NOT_BODIES) + r")(?![\wđ]))(?:chính trị|cơ sở|đoàn thể|hội(?!\s+đồng)|đảng|thành viên|quần chúng|xã hội)(?![\wđ])"
)  # "lãnh đạo Hội đồng nhân dân tỉnh ban hành ...": the verb and a council, its object
# (not the end of a name: "Bộ Quốc phòng chủ trì", "Bộ đội Biên phòng chủ trì")
# "Bộ Chính trị chỉ đạo Đảng ủy Quốc hội ...": the verb and a Party committee, its object.
_DIRECTS_COMMITTEE = re.compile(r"chỉ\s+đạo\s+đảng\s+(?:ủy|uỷ|bộ|đoàn)(?![\wđ])")
_NAME_AFTER_HEAD = re.compile(r"(?<![\wđ])(?<!quốc )(?<!biên )(?:ban|phòng|ủy ban|tổ|hội đồng|văn phòng|cơ quan|ban chỉ đạo)\s*$")


_ACRONYM_HEADS = frozenset(h for h in _HEADS_F if " " not in h and h in ACRONYMS | {"ubnd", "ubkt", "mttq", "hđnd", "tand", "vksnd", "bcđ", "bch", "btv", "lđlđ", "ldld", "ubmttq", "hđtđ"})


def starts_with_body(text: str) -> bool:
    """Whether ``text`` (as written, not folded) starts with a body's name.

    A one-word head ("Ban", "Sở", "Hội", "Đoàn") must be followed by a capitalised word, as names
    are written ("Ban Tuyên giáo", "Sở Tư pháp"): "Ban hành", "Báo cáo", "đoàn viên" are not bodies.
    """
    folded = fold(text)
    m = _HEAD_RE.match(folded)
    if not m or _NOT_BODY_RE.match(folded):
        return False
    head = m.group(0)
    if " " in head or head in _ACRONYM_HEADS:
        return True
    rest = text[m.end() :].lstrip()
    return bool(rest) and rest[0].isupper()


def _in_next_head(folded: str, start: int, at: int) -> bool:
    """Whether ``at`` falls inside the head of a name that opens after a semicolon or a comma
    between ``start`` and ``at``: a list's next body whose head holds a verb's words ("Cổng
    thông tin điện tử")."""
    sep = max(folded.rfind(";", start, at), folded.rfind(",", start, at))
    if sep < 0:
        return False
    nxt = sep + 1
    while nxt < at and folded[nxt] in " \t\n":
        nxt += 1
    head = _HEAD_RE.match(folded, nxt)
    return head is not None and head.end() > at


def body_end(folded: str, start: int, limit: int, original: str | None = None) -> int:
    """Where a body's name that starts at ``start`` ends: before the first verb of its task.

    ``original`` is the text as written (``folded`` is its folded twin): capitals tell a name
    going on after "và" ("Thanh tra và Thi đua khen thưởng") from a task after it.
    """
    head = _HEAD_RE.match(folded, start)
    name_from = head.end() if head else start + 1  # "các tổ chức ...": the head is part of the name
    functions = _ORGAN_FUNCTIONS_RE.search(folded, start, limit)
    for m in _ACTION_RE.finditer(folded, start, limit):
        if m.start() < name_from or functions is not None and functions.start() <= m.start() < functions.end():
            continue
        before = folded[start : m.start()]
        if _NAME_AFTER_HEAD.search(before):
            continue  # "Ban Chỉ đạo", "Phòng Tổ chức cán bộ"
        if _in_next_head(folded, start, m.start()):
            continue  # "Trung tâm Văn hóa; Cổng thông tin điện tử huyện": the next name's head
        if original is not None and original[m.start()].isupper() and original[m.start() + 1 : m.start() + 2].islower():
            continue  # a capitalised word goes on with the name: "Sở Xây dựng", "Cục Quản lý thị trường"
        if _NOUN_BEFORE.search(before) or (_NOUN_AFTER.match(folded, m.end()) and not _DIRECTS_COMMITTEE.match(folded, m.start())):
            continue  # "các tổ chức chính trị - xã hội": a noun, not the verb
        return _and_end(folded, original, start, m.start())
    return _and_end(folded, original, start, limit)


# "Bộ Nội vụ theo chức năng, nhiệm vụ được giao khẩn trương ...": the verb comes after (a scan may double "theo")
_BY_DUTIES = re.compile(r"(?:theo\s+)+chức\s+năng,?\s*nhiệm\s+vụ(?:,?\s*quyền\s+hạn)?(?:\s+(?:được\s+giao|của\s+mình))?\s*,?\s*")
_NOT_TASK_RE = re.compile(r"(?:" + alternation({fold(w) for w in NOT_TASK_WORDS}) + r")(?![\wđ])")


def task_follows(folded: str, end: int) -> bool:
    """Whether what follows a body's name ending at ``end`` opens its task: a label's colon
    ("Sở Xây dựng: hướng dẫn ..."), or a verb ("Sở Nội vụ hướng dẫn ..."); not a preposition
    ("... gặp khó khăn trong ...") nor the rest of a list ("... và bảo vệ quyền trẻ em tỉnh;")."""
    pos = end
    while pos < len(folded) and folded[pos] in " \t,*":
        pos += 1
    if folded.startswith(":", pos):
        return True
    duties = _BY_DUTIES.match(folded, pos)  # "Bộ Nội vụ theo chức năng nhiệm vụ được giao khẩn trương nghiên cứu"
    pos = duties.end() if duties else pos
    m = _ACTION_RE.match(folded, pos)
    # the verb matched whole: "theo dõi" is a task, "theo" alone a preposition
    return m is not None and _NOT_TASK_RE.fullmatch(" ".join(m.group(0).split())) is None


_AND = re.compile(r"\s+và\s+")
_UNIT_AFTER_AND = re.compile(r"(?:" + alternation(PLACE_UNITS) + r")(?![\wđ])")
_FIELDS = re.compile(r"(?<![\wđ])(?:phụ trách|lĩnh vực)(?![\wđ])")


# The words of a name may stand on several lines ("Bộ" / "Khoa học" / "và công" / "nghệ", a table
# cell read from a PDF's text layer): any white space between them.
_NAMES_WITH_AND = re.compile(r"(?<![\wđ])(?:" + spaced(alternation(NAMES_WITH_AND)) + r")(?![\wđ])")


_DELEGATES_WITH_AND = re.compile(
    r"(?<![\wđ])(?:" + "|".join(rf"{re.escape(a)}\s+và\s+{re.escape(b)}" for a, b in DELEGATES_WITH_AND).replace("\\ ", r"\s+") + r")(?![\wđ])"
)


def _and_in_name(folded: str, at: int) -> bool:
    """Whether the "và" at ``at`` joins the fields of a ministry's or department's name, or a
    council's delegates in groups and singly ("các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh")."""
    near = (max(0, at - 40), at + 40)
    return any(m.start() < at < m.end() for pattern in (_NAMES_WITH_AND, _DELEGATES_WITH_AND) for m in pattern.finditer(folded, *near))


def and_in_name(text: str, at: int) -> bool:
    """``_and_in_name`` on a name as written (folded here)."""
    return _and_in_name(fold(text), at)


def _and_end(folded: str, original: str | None, start: int, end: int) -> int:
    """"Ban Bí thư và cơ bản ...": "và" before a lowercase word that starts no body ends the name."""
    if original is None:
        return end
    for m in _AND.finditer(folded, start, end):
        if _FIELDS.search(folded, start, m.start()):
            break  # "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội": the fields of a post
        if _UNIT_AFTER_AND.match(folded, m.end()) and _ends_with(folded[start : m.start()].replace(",", " ").split(), PLACE_UNITS):
            continue  # one more kind of the units listed: "Ủy ban nhân dân các xã, phường và đặc khu"
        if original[m.end() : m.end() + 1].islower() and not _HEAD_RE.match(folded, m.end()) and not _and_in_name(folded, m.start()):
            return m.start()
    return end


_APPOSITION = re.compile(r"\s+[-–]\s+(?=Cơ quan|cơ quan|là\s)")
# An address or a telephone after the name: "Nhà Xuất bản Kim Đồng, 55 Quang Trung", "..., ĐT: 024...".
_CONTACT = re.compile(r",\s*(?:\d|(?:ĐT|SĐT|Điện thoại|điện thoại|Email|email)\b)")
_BRACKET_AT_END = re.compile(r"\s*\([^)]*\)?$")
# A unit word typed twice ("Chủ tịch HĐND huyện huyện Ngân Sơn"): no body's name repeats it.
_UNIT_TWICE = re.compile(rf"(?<![\wđ])(?P<unit>{alternation(u for u in PLACE_UNITS if ' ' not in u)})\s+(?P=unit)(?![\wđ])", re.I)


def contact_follows(text: str, start: int, end: int) -> bool:
    """Whether a telephone or an address follows the name read from ``start`` to ``end`` (the
    reading may have run on to a label's colon: "Trung tâm ..., ĐT: 097..."): a contact line
    ("Nhà Xuất bản Kim Đồng, 55 Quang Trung"), no task after the name."""
    return _CONTACT.search(text, start, min(len(text), end + 3)) is not None


def clean_body(name: str) -> str:
    """Trim what is not part of the name: punctuation, apposition after " - ", brackets."""
    name = name.strip(" \t\n,;:.!?")  # "!" and "?" only stray there (a scan's specks)
    name = _APPOSITION.split(name, maxsplit=1)[0]
    name = _CONTACT.split(name, maxsplit=1)[0]
    name = _BRACKET_AT_END.sub("", name)
    name = _UNIT_TWICE.sub(r"\g<unit>", name)
    return " ".join(name.split()).strip(" ,;:.")
