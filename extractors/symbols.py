"""Document numbers and symbols ("số và ký hiệu"), as Party and State documents write them.

Party (Guidance 36-HD/VPTW): number, hyphen, type code, slash, issuer code: ``114-KH/ĐUK``.
State (Decree 30/2020/NĐ-CP): number, [year,] slash, type code, hyphen, issuer code:
``03/KH-TA``, ``70/2025/NĐ-CP``; an official letter has no type code: ``123/UBND-VX``.
Laws and ordinances: ``31/2024/QH15``.

Exports lose hyphens and add spaces: "374 KH/TWĐTN", "318/QĐTTg", "15/2020/NĐCP",
"15 BC/TWĐTN  ĐKTHTN", "01 /CT - VKSTC", "83/2015/QH 13", a code cut at a line end. Each is read
into its parts (number, year, type code, issuer codes) and written back with the hyphens the
conventions put between them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from plankb.extractors.patterns.doc_types import BY_CODE, DOC_TYPES, TYPE_CODES
from plankb.extractors.patterns.grammar import ONES_IN_CODE, ONES_IN_TERM, read_ones
from plankb.extractors.patterns.issuer_codes import ISSUER_CODES, LETTER_UNIT_PARENTS, MIXED_CASE, PARENT_CODES
from plankb.extractors.regexes import alternation

_TYPE_ALT = alternation(TYPE_CODES)
_TYPE_CASE = {c.upper(): c for c in TYPE_CODES if not c.isupper()}  # "CTR" in capitals -> "CTr"
_UP = "A-ZĐÂĂÊÔƠƯ"
# "&" joins two bodies' short names ("SGD&ĐT"), never an HTML entity a page left ("NĐ-CP&nbsp;").
_AMP = r"&(?![a-z]{2,6};|nbsp)"
_ORG = rf"[{_UP}](?:'(?=[{_UP}]))?(?:[{_UP}a-zđ0-9]|{_AMP})*(?:-[{_UP}](?:[{_UP}a-zđ0-9]|{_AMP})*)*"
_NUM = r"\d{1,5}[a-z]?"  # "541a-KH/...": a number given a letter when inserted later
_DASH = r"[-–—‐‑]"

# Party style: the hyphen may be lost or spaced ("114 -KH/ĐUK", "66KH/TWĐTN", "374 KH/TWĐTN", "7470  CV/TWĐTN"),
# or a line may break after it ("42-⏎KH/TU").
PARTY = re.compile(rf"(?P<num>{_NUM})(?:[ \t]{{0,3}}|[ \t]*\n[ \t]*)(?:{_DASH}(?:[ \t]{{0,2}}|[ \t]*\n[ \t]*))?(?P<type>{_TYPE_ALT})\s?/\s?(?P<org>{_ORG})(?![\w/])")
# State style: the type code is any short code (its letters may be spaced apart by a PDF text layer:
# "N Đ -CP"); the issuer part is one or more codes. A letter's first code may join two bodies' short
# names with "&" as their own names do ("1841/SGD&ĐT-GDTH": Sở GD&ĐT; "NN&PTNT"). A joint resolution may write a slash after its
# type code ("102/2025/NQLT/UBTVQH15-CP"): accepted for known type codes only.
STATE = re.compile(
    rf"(?P<num>{_NUM})(?:[ \t]?/[ \t]?(?P<year>(?:19|20)\d{{2}}))?\s?/\s?(?P<type>[{_UP}](?: ?[{_UP}a-zđ]|&(?=[{_UP}])){{0,9}})"
    rf"(?P<sep>\s?(?:{_DASH}[ \t]*){{1,2}}|[ \t]?/|\.|[ \t]*\n[ \t]*|[ \t]{{1,2}})\s?(?P<org>{_ORG})(?![\w/])"
)
LAW = re.compile(rf"(?P<num>\d{{1,5}})/(?P<year>(?:19|20)\d{{2}})/(?:[ \t]{{0,2}}\n)?[ \t]{{0,2}}(?P<org>(?:UBTV)?QH)[ \t]?(?P<leg>\d{{1,2}}|[1{ONES_IN_TERM}][ \t]?\d)(?![\w/])")
# Type and issuer codes run together, the hyphen lost: "318/QĐTTg", "15/2020/NĐCP".
GLUED = re.compile(rf"(?P<num>{_NUM})(?:/(?P<year>(?:19|20)\d{{2}}))?\s?/\s?(?P<code>[{_UP}][{_UP}a-zđ]{{2,24}})(?![\w/&]|{_DASH}\w)")

# The four in one pass over the text; group names carry the style (l, p, s, g). Every form starts
# with a digit: the look-ahead lets the engine skip other positions at once.
_ANY = re.compile(
    "(?=\\d)(?:"
    + "|".join(
        f"(?:{p.pattern.replace('(?P<', f'(?P<{prefix}').replace('(?P=', f'(?P={prefix}')})"
        for p, prefix in ((LAW, "l"), (PARTY, "p"), (STATE, "s"), (GLUED, "g"))
    )
    + ")"
)

# A code that goes on after a space, a line break or a spaced hyphen ("86 KH/TWĐTN⏎BTG ngày ...",
# "3891CV/TWĐTN BTC, ngày ..."), or after a hyphen ending the line ("364/TTr-BNG-⏎NVVH ngày ...",
# a PDF's line wrapped at the hyphen): only where the citation goes on after it.
_MORE = re.compile(
    rf"[ \t]*(?:(?P<wrap>{_DASH})[ \t]*\n[ \t]*|(?:\n[ \t]*)?(?:(?P<dash>{_DASH})[ \t]*)?)(?P<code>[{_UP}][{_UP}a-zđ]{{0,15}})"
    r"(?=\s*(?:[,;.):]|ngày\b|ngay\b|của\b|về\b|v/v\b|V/v\b|\(|$))"
)

# A number left blank for the office to fill in: "Số:      KH/...", "Số:  -KH/TU".
# "Số:   /KH-UBND", "Số :     /KH – UBND" (a copy that kept the en dash of the original).
BLANK_NUMBER = re.compile(rf"(?i:số)\s*:?[ \t]*[-/]?\s?(?:{_TYPE_ALT})\s?[/\-–]")

# Type codes not split off a run of capitals: their letters begin issuer codes ("HĐND", "TLĐ").
_NO_GLUE = {"HĐ", "ĐL", "TL", "BB", "GM", "TC", "PA", "DA", "PL", "L", "ĐC"}
_GLUE_TYPES = [c for c in TYPE_CODES if len(c) >= 2 and c not in _NO_GLUE]
_VOWELS = set("AEIOUY")


@dataclass(frozen=True)
class Symbol:
    text: str  # normalized: "114-KH/ĐUK"
    doc_type: str | None  # "KH"; "CV" for a State letter whose code names a body; "L" for a law
    style: str  # "party", "state" or "law"
    start: int
    end: int
    number: str = ""  # "114", "541a"
    year: str | None = None  # "2020" in 30/2020/NĐ-CP
    type_code: str | None = None  # as the symbol writes it: "KHPH", "NĐ"; None for a letter or a law
    issuers: tuple[str, ...] = field(default=())  # ("TWĐTN", "BTG"); ("QH15",) for a law


# A type code typed or read without its "Đ" ("ND-CP" for "NĐ-CP"): no code is written that way.
_ASCII_TYPES = {"ND": "NĐ", "QD": "QĐ", "CD": "CĐ"}


def _type_code(code: str) -> str | None:
    if code in BY_CODE:
        return code
    for t in DOC_TYPES:
        if code in t.abbreviations:
            return t.code
    return None


def is_acronym(code: str) -> bool:
    """A run of capitals that no Vietnamese syllable can be: no vowel ("CNĐT", "VP", "BTG")."""
    if not code.isupper() or len(code) < 2:
        return False
    base = unicodedata.normalize("NFD", code)
    return not any(ch in _VOWELS for ch in base)


def _known(code: str) -> bool:
    return code in ISSUER_CODES or code.upper() in MIXED_CASE


def type_code(code: str) -> str | None:
    """The type a symbol's type code names ("QĐ", or "QD" read without its "Đ"), or None."""
    return _type_code(_ASCII_TYPES.get(code, code))


known_issuer = _known  # an issuer code of the table ("TTg", "UBND")


def _ascii_issuers() -> dict[str, str]:
    """Issuer codes with "Đ" as typed without it ("HDND" for "HĐND", "BGDDT" for "BGDĐT"), where the
    typed form is no code of its own and no two codes type the same."""
    typed: dict[str, set[str]] = {}
    for code in ISSUER_CODES:
        if "Đ" in code:
            typed.setdefault(code.replace("Đ", "D"), set()).add(code)
    return {t: next(iter(c)) for t, c in typed.items() if len(c) == 1 and t not in ISSUER_CODES}


# An issuer code typed without its "Đ" (a keyboard without Vietnamese letters: "82/2018/NQ-HDND"):
# no body's code is written that way; the code with its "Đ" is meant.
_ASCII_ISSUERS = _ascii_issuers()


def _case(code: str) -> str:
    if code in _ASCII_ISSUERS:
        return _ASCII_ISSUERS[code]
    return MIXED_CASE.get(code, code) if code.isupper() else code


def split_issuer(code: str, state: bool = True) -> tuple[str, ...] | None:
    """The issuer codes in one run of letters whose hyphens were lost, or None when the run does not
    read as codes. A known code stays whole ("BDVTU"); a body that puts its departments after it
    keeps them apart ("TWĐTNBTG" -> TWĐTN, BTG); in State symbols joint issuers are split where
    each part is a known code ("BGDĐTTWĐTN" -> BGDĐT, TWĐTN)."""
    if _known(code) or code in _ASCII_ISSUERS:
        return (_case(code),)
    for i in range(len(code) - 2, 1, -1):  # a parent body and its department
        if code[:i] in PARENT_CODES and (_known(code[i:]) or is_acronym(code[i:])):
            return (code[:i], _case(code[i:]))
    if state:
        parts = _segment(code)
        if parts and len(parts) > 1:
            return tuple(_case(p) for p in parts)
    if is_acronym(code) or code.isupper():
        return (code,)
    return None


def letter_unit(code: str) -> tuple[str, str] | None:
    """A letter's code run together, the hyphen lost: the ministry's or the Sở's code and the code
    of the unit that drafted it ("BKHCNKHTC" -> BKHCN, KHTC; Decree 30/2020, Appendix I); None when
    the run does not read so (a known code stays whole)."""
    if _known(code) or not code.isupper():
        return None
    for i in range(len(code) - 2, 2, -1):
        if code[:i] in LETTER_UNIT_PARENTS and is_acronym(code[i:]) and not _known(code[i:]):
            return code[:i], code[i:]
    return None


def _segment(code: str) -> list[str] | None:
    """``code`` cut into known issuer codes, the fewest parts; None when it cannot be."""
    best: list[list[str] | None] = [None] * (len(code) + 1)
    best[0] = []
    for i in range(len(code)):
        if best[i] is None:
            continue
        for j in range(i + 2, len(code) + 1):
            if _known(code[i:j]) and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = [*best[i], code[i:j]]
    return best[len(code)]


# What an OCR pass reads for a letter of a code: "T1g" and "T'Tg" for "TTg".
_OCR_LETTERS = {"1": "TIl", "0": "O"}


_OCR_TERM = re.compile(rf"((?:UBTV)?QH)((?=\d?[{ONES_IN_CODE}])[{ONES_IN_CODE}1][{ONES_IN_CODE}0-9]?)")


def _near_mixed_case(code: str) -> str | None:
    """"TTEg", "TTsg", "Tg" -> "TTg": issuer codes are capitals but for a few known ones, so an
    unknown code in mixed case is a known one misread by a letter (one added, dropped or changed)."""
    if code.isupper() or code.islower() or not code.isalpha() or _known(code):
        return None
    near = [c for c in MIXED_CASE.values() if c[0] == code[0] and _one_edit(code, c)]
    return near[0] if len(near) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _one_d(code: str) -> str:
    """"BCĐĐ" -> "BCĐ": an OCR pass reads the bar of a "Đ" as a second one."""
    return re.sub("Đ{2,}", "Đ", code)


def _repaired(code: str) -> str:
    """A code as OCR misread it, put back when one reading is a known code; else as it stands."""
    if "ĐĐ" in code and not _known(code) and _known(_one_d(code)):
        return _one_d(code)
    if (near := _near_mixed_case(code)) is not None:
        return near
    if m := _OCR_TERM.fullmatch(code):  # "NQ-UBTVQHI3": the legislature's term read with letters for its ones
        return m[1] + read_ones(m[2], ONES_IN_CODE)
    if _known(code) or not any(ch in code for ch in "'1 0"):
        return code
    bare = code.replace("'", "")
    if _known(bare):
        return bare
    for i, ch in enumerate(bare):
        if i > 0 and ch in _OCR_LETTERS and bare[i - 1].isalpha():
            for letter in _OCR_LETTERS[ch]:
                if _known(bare[:i] + letter + bare[i + 1 :]):
                    return bare[:i] + letter + bare[i + 1 :]
    return code


def _issuers(org: str, state: bool, joint: bool = False) -> tuple[str, ...]:
    out: list[str] = []
    for part in org.split("-"):
        part = _repaired(part)
        parts = split_issuer(part, state) if part.isupper() or _known(part) else None
        if joint and (parts is None or len(parts) == 1):
            parts = _joint_split(part) or parts
        out.extend(parts or (part,))
    return tuple(out)


def _is_joint(type_code: str) -> bool:
    """A type issued by several bodies together ("HDLT", "KHPH", "TTLT", "CTrPH"): its issuer part
    names each of them."""
    return type_code.upper().endswith(("LT", "PH")) and len(type_code) > 2


def _joint_split(code: str) -> tuple[str, ...] | None:
    """The codes of a joint document's issuers run together, the hyphen lost, one of them known:
    "ĐUNNTWĐTN" -> ĐUNN, TWĐTN; "BSGGPTWĐTN" -> BSGGP, TWĐTN. None when no known code ends or
    begins the run."""
    if not (code.isupper() and code.isalpha()) or _known(code):
        return None  # "UBTVQH15": a legislature and its term, one code
    for i in range(2, len(code) - 1):
        head, tail = code[:i], code[i:]
        if _known(tail) and len(tail) >= 3:
            return (head, _case(tail))
    for i in range(len(code) - 2, 2, -1):
        head, tail = code[:i], code[i:]
        if _known(head) and len(head) >= 3:
            return (_case(head), tail)
    return None


def _glued(code: str) -> tuple[str, tuple[str, ...]] | None:
    """A type code and issuer codes run together ("QĐTTg" -> QĐ, (TTg,)), or None."""
    if _known(code) or code in TYPE_CODES:
        return None  # "123/UBND": a body, not a type; "102/2025/NQLT": a short repeat without its issuer
    for t in _GLUE_TYPES:
        if code.startswith(t) and len(code) - len(t) >= 2 and code[len(t)].isupper():
            rest = code[len(t) :]
            if _known(rest) or (rest.isupper() and (_segment(rest) or is_acronym(rest) or _parent_split(rest))):
                return t, split_issuer(rest) or (rest,)
    return None


def _issuer_like(code: str) -> bool:
    return _known(code) or is_acronym(code)


def _parent_split(code: str) -> bool:
    return any(code[:i] in PARENT_CODES for i in range(2, len(code) - 1))


def _more(text: str, end: int, limit: int, issuers: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    """Issuer codes that go on past a space, a line break or a spaced hyphen."""
    m = _MORE.match(text, end, limit)
    if m is None:
        return issuers, end
    code, gap = m["code"], text[end : m.start("code")]
    dash = m["dash"] or m["wrap"]
    if dash is None and not gap.strip() and not gap:
        return issuers, end
    if dash is None and "\n" in gap and len(issuers[-1]) == 1 and code.isupper():
        return (*issuers[:-1], issuers[-1] + code), m.end()  # "TT-B⏎YT": cut inside a code
    if not (code.isupper() and (dash is not None or _known(code) or is_acronym(code))):
        return issuers, end
    return (*issuers, *(split_issuer(code) or (code,))), m.end()


def find_symbols(text: str, start: int = 0, end: int | None = None) -> list[Symbol]:
    """Every symbol in text[start:end], in order, the longest reading where two overlap."""
    end = len(text) if end is None else end
    found: list[Symbol] = []

    def free(m: re.Match[str]) -> bool:
        # The number must stand alone: not the tail of a longer number, a date or a word.
        # (Checked here: a leading look-behind would make the regex engine try every position.)
        # "số123/QĐ-UBND": an export lost the space after "số"; the number still stands alone.
        i = m.start()
        if text[max(0, i - 2) : i].lower() == "số" and (i < 3 or not text[i - 3].isalnum()):
            return True
        if _lost_so(text, i):
            return True
        return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "/.-_")

    for m in _candidates(text, start, end):
        if not free(m):
            continue
        sym = _read(text, m, end)
        if sym is not None:
            found.append(sym)
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Symbol] = []
    for sym in found:
        if kept and sym.start < kept[-1].end:
            continue
        kept.append(sym)
    return kept


def _with_lost_d(org: str, year: bool) -> str:
    """The issuer part with the "Đ" a page dropped put back in its first code ("NQ-HND" ->
    "NQ-HĐND"), when one place for the "Đ" makes a known code and the code as written is unknown
    or cannot issue the document: a number with a year is a legal act (Decree 30/2020), which a
    mass organization ("HND", the Farmers' Union) does not issue."""
    first, sep, rest = org.partition("-")
    if (_known(first) and not year) or not first.isupper() or "Đ" in first:
        return org
    for i in range(1, len(first) + 1):
        candidate = first[:i] + "Đ" + first[i:]
        if len(candidate) >= 4 and _known(candidate):
            return candidate + sep + rest
    return org


def _lost_so(text: str, i: int) -> bool:
    """"Nghị định s20/2008/NĐ-CP": a page that dropped its accented letters left "số" as a lone
    "s" glued to the number; the number still stands alone."""
    return i >= 2 and text[i - 1] == "s" and not text[i - 2].isalnum()


def _read(text: str, m: re.Match[str], limit: int) -> Symbol | None:
    if m["pnum"] is not None:
        ptype = m["ptype"]
        gap = text[m.end("pnum") : m.start("ptype")]
        if "\n" in gap and not re.match(rf"[ \t]*{_DASH}", gap) and not _alone_on_line(text, m.start("pnum"), m.end("pnum")):
            return None  # "86⏎KH/TWĐTN": a table cell cut after the number; only a number alone on its line
        issuers, stop = _more(text, m.end(), limit, _issuers(m["porg"], state=False, joint=_is_joint(ptype)))
        return Symbol(f"{m['pnum']}-{ptype}/{'-'.join(issuers)}", _type_code(ptype), "party", m.start(), stop,
                      m["pnum"], None, ptype, issuers)
    if m["snum"] is not None:
        raw = m["stype"]
        stype = raw.replace(" ", "")
        stype = _TYPE_CASE.get(stype, _ASCII_TYPES.get(stype, stype))
        code = _type_code(stype)
        if code is None and "ĐĐ" in stype and _type_code(_one_d(stype)):
            stype = code = _type_code(_one_d(stype))  # "73/QĐĐ-UBND": a scan's doubled "Đ"
        elif code is None and "ĐĐ" in stype and not _known(stype) and _known(_one_d(stype)):
            stype = _one_d(stype)  # "3395/LĐĐTBXH-KHTC": a letter's body code, the same
        if code is None and len(stype) == 1 and _type_code("Đ" + stype):
            stype = code = _type_code("Đ" + stype)  # "3020/A-UBND": a lone capital is the "ĐA" that lost its "Đ"
        if (" " in raw or m["ssep"].strip() == "/") and code is None:
            return None  # spaced letters or a slash: only for a known type code
        if m["ssep"] == "." and not (code and m["syear"] and m["sorg"].isupper() and "-" not in m["sorg"] and m.start("sorg") == m.end("ssep")):
            return None  # "01/1999/QĐ.UB": the 1990s dot between a known type and one body's code, after a year
        if m["ssep"] != "/" and m["ssep"].strip() == "/" and not m["syear"]:
            return None  # "78/2002/QĐ /BNN-KL": an export's space and slash for the hyphen, read after a year only
        if m["ssep"] == "/" and not m["syear"] and not (code and _is_joint(stype) and "-" in m["sorg"]):
            return None  # the slash for the hyphen: a year before it, or a joint act naming its bodies ("01/QCPH/UBND-UBMTTQ")
        if not m["ssep"].strip() and not (code and _issuer_like(m["sorg"].split("-")[0])):
            return None  # "QĐ⏎TTg": a line break for the hyphen, only between a known type and a body's code
        if m["ssep"] and not m["ssep"].strip() and "\n" not in m["ssep"] and not _known(m["sorg"].split("-")[0]):
            return None  # "755/CĐ TTg" (a line break reflowed to a space): only before a known body's code
        org = _with_lost_d(m["sorg"], bool(m["syear"])) if code else m["sorg"]
        issuers, stop = _more(text, m.end(), limit, _issuers(org, state=True, joint=_is_joint(stype)))
        year = f"/{m['syear']}" if m["syear"] else ""
        if code is None and _known(stype) and stype.isupper():
            stype = _case(stype)
        joint = m["ssep"] if m["ssep"] in ("/", ".") else "-"  # as printed: "102/2025/NQLT/UBTVQH15-CP", "01/1999/QĐ.UB"
        return Symbol(f"{m['snum']}{year}/{stype}{joint}{'-'.join(issuers)}", code or "CV", "state", m.start(), stop,
                      m["snum"], m["syear"], stype if code else None, issuers if code else (stype, *issuers))
    if m["gnum"] is not None:
        glued = _glued(m["gcode"])
        unit = letter_unit(m["gcode"]) if glued is None and not m["gyear"] else None
        if unit is not None:  # "938/BKHCNKHTC": a letter numbered with its body's and unit's codes
            return Symbol(f"{m['gnum']}/{'-'.join(unit)}", "CV", "state", m.start(), m.end(), m["gnum"], None, None, unit)
        if glued is None:
            return None
        stype, issuers = glued
        if _is_joint(stype) and len(issuers) == 1:
            issuers = _joint_split(issuers[0]) or issuers
        issuers, stop = _more(text, m.end(), limit, issuers)
        year = f"/{m['gyear']}" if m["gyear"] else ""
        return Symbol(f"{m['gnum']}{year}/{stype}-{'-'.join(issuers)}", _type_code(stype), "state", m.start(), stop,
                      m["gnum"], m["gyear"], stype, issuers)
    leg = read_ones(m["lleg"].replace(" ", "").replace("\t", ""), ONES_IN_TERM)
    org = f"{m['lorg']}{leg}"
    return Symbol(f"{m['lnum']}/{m['lyear']}/{org}", "L", "law", m.start(), m.end(), m["lnum"], m["lyear"], None, (org,))


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and not text[end : text.find("\n", end)].strip()


def _opens_code(text: str, slash: int) -> bool:
    """Whether a code may follow this slash: every symbol has a slash before a capital ("/TW",
    "/KH-TA", "/NĐ-CP", "/QH15"); a date's slashes have digits after them."""
    after = text[slash + 1 : slash + 5].lstrip()  # "119/2026/ ⏎UBTVQH15": a table cell's line break
    return after[:1].isupper()


def _candidates(text: str, start: int, end: int):
    """Matches of the symbol patterns, looked for only around slashes before a capital (every
    symbol has one): far fewer places to try than every digit of the text."""
    last_end = start
    slash = text.find("/", start, end)
    while slash >= 0:
        if slash >= last_end and _opens_code(text, slash):
            m = _ANY.search(text, max(last_end, slash - 14), min(end, slash + 48))
            while m is not None and m.end() <= slash:  # a match wholly before this slash: try after it
                m = _ANY.search(text, m.end(), min(end, slash + 48))
            if m is not None and m.start() <= slash:
                yield m
                last_end = m.end()
        slash = text.find("/", max(slash + 1, last_end), end)


def normalize_symbol(raw: str) -> str | None:
    """The normalized form of one symbol as written, or None when it is not one."""
    raw = raw.replace("Ð", "Đ").replace("–", "-").strip()
    found = find_symbols(raw)
    return found[0].text if found else None
