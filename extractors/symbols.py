"""Document numbers and symbols ("số và ký hiệu"), as Party and State documents write them.

Party (Guidance 36-HD/VPTW): number, hyphen, type code, slash, issuer code: ``114-KH/ĐUK``.
State (Decree 30/2020/NĐ-CP): number, [year,] slash, type code, hyphen, issuer code:
``03/KH-TA``, ``70/2025/NĐ-CP``; an official letter has no type code: ``123/UBND-VX``.
Laws and ordinances: ``31/2024/QH15``. Exports lose hyphens and add spaces ("374 KH/TWĐTN").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.patterns.doc_types import BY_CODE, DOC_TYPES
from extractors.regexes import alternation

_TYPE_CODES = sorted({t.code for t in DOC_TYPES} | {a for t in DOC_TYPES for a in t.abbreviations}, key=len, reverse=True)
_TYPE_ALT = alternation(_TYPE_CODES)
_UP = "A-ZĐÂĂÊÔƠƯ"
_ORG = rf"[{_UP}][{_UP}a-zđ0-9&]*(?:-[{_UP}][{_UP}a-zđ0-9&]*)*"

# Party style: the hyphen may be lost or spaced ("114 -KH/ĐUK", "66KH/TWĐTN", "374 KH/TWĐTN", "7470  CV/TWĐTN").
PARTY = re.compile(rf"(?P<num>\d{{1,5}})[ \t]{{0,3}}-?[ \t]{{0,2}}(?P<type>{_TYPE_ALT})\s?/\s?(?P<org>{_ORG})(?![\w/])")
# State style: the type code is any short code; the issuer part is one or more codes.
STATE = re.compile(
    rf"(?P<num>\d{{1,5}})(?:/(?P<year>(?:19|20)\d{{2}}))?\s?/\s?(?P<type>[{_UP}][{_UP}a-zđ]{{0,7}})\s?-\s?(?P<org>{_ORG})(?![\w/])"
)
LAW = re.compile(r"(?P<num>\d{1,5})/(?P<year>(?:19|20)\d{2})/(?P<org>(?:UBTV)?QH\d{1,2})(?![\w/])")

# The three in one pass over the text; group names carry the style (p, s, l). Every form starts
# with a digit: the look-ahead lets the engine skip other positions at once.
_ANY = re.compile(
    "(?=\\d)(?:"
    + "|".join(
        f"(?:{p.pattern.replace('(?P<', f'(?P<{prefix}')})"
        for p, prefix in ((LAW, "l"), (PARTY, "p"), (STATE, "s"))
    )
    + ")"
)

# A number left blank for the office to fill in: "Số:      KH/...", "Số:  -KH/TU".
BLANK_NUMBER = re.compile(rf"(?i:số)\s*:?[ \t]*[-/]?\s?(?:{_TYPE_ALT})\s?[/-]")


@dataclass(frozen=True)
class Symbol:
    text: str  # normalized: "114-KH/ĐUK"
    doc_type: str | None  # "KH"; "CV" for a State letter whose code names a body; "L" for a law
    style: str  # "party", "state" or "law"
    start: int
    end: int


# A type code typed or read without its "Đ" ("ND-CP" for "NĐ-CP"): no code is written that way.
_ASCII_TYPES = {"ND": "NĐ", "QD": "QĐ", "CD": "CĐ"}


def _type_code(code: str) -> str | None:
    if code in BY_CODE:
        return code
    for t in DOC_TYPES:
        if code in t.abbreviations:
            return t.code
    return None


def find_symbols(text: str, start: int = 0, end: int | None = None) -> list[Symbol]:
    """Every symbol in text[start:end], in order, the longest reading where two overlap."""
    end = len(text) if end is None else end
    found: list[Symbol] = []

    def free(m: re.Match[str]) -> bool:
        # The number must stand alone: not the tail of a longer number, a date or a word.
        # (Checked here: a leading look-behind would make the regex engine try every position.)
        return m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/.-_")

    for m in _candidates(text, start, end):
        if not free(m):
            continue
        if m["pnum"] is not None:
            code = _type_code(m["ptype"])
            found.append(Symbol(f"{m['pnum']}-{m['ptype']}/{m['porg']}", code, "party", m.start(), m.end()))
        elif m["snum"] is not None:
            stype = _ASCII_TYPES.get(m["stype"], m["stype"])
            code = _type_code(stype)
            year = f"/{m['syear']}" if m["syear"] else ""
            found.append(Symbol(f"{m['snum']}{year}/{stype}-{m['sorg']}", code or "CV", "state", m.start(), m.end()))
        else:
            found.append(Symbol(f"{m['lnum']}/{m['lyear']}/{m['lorg']}", "L", "law", m.start(), m.end()))
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Symbol] = []
    for sym in found:
        if kept and sym.start < kept[-1].end:
            continue
        kept.append(sym)
    return kept


def _opens_code(text: str, slash: int) -> bool:
    """Whether a code may follow this slash: every symbol has a slash before a capital ("/TW",
    "/KH-TA", "/NĐ-CP", "/QH15"); a date's slashes have digits after them."""
    after = text[slash + 1 : slash + 3].lstrip()
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
