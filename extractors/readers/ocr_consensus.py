"""OCR words corrected by the document itself: a word Tesseract misread in one place is usually
read right elsewhere in the same document.

Tesseract's Vietnamese model confuses stacked diacritics ("tô chức" for "tổ chức", "thành phô" for
"thành phố", "sửa đỗi, bỗ sung" for "sửa đổi, bổ sung"), and these errors are not repeatable: the
same phrase is mostly read right in the rest of the document. So a pair of neighbouring words is
replaced by the spelling of the same pair, with other diacritics only, that the document writes
far more often. Where the document misreads a pair the same way all through (Tesseract's errors
in marks can be systematic: "bỗ sung" on every page), a table of pairs that plans and directives
write often (patterns/common_pairs) has the last word: an OCR'd pair with a common pair's letters
and other marks is that pair.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from plankb.extractors.patterns.common_pairs import AMBIGUOUS_PAIRS, COMMON_PAIRS
from plankb.extractors.patterns.places import PROVINCES
from plankb.extractors.text import fold

_WORD = re.compile(r"[^\W\d_]+")
MIN_VOTES = 2  # the spelling that wins is written at least this often (3 found 3 fewer titles on the shared scans)...
MIN_RATIO = 2  # ...and this many times more often than the one it replaces


def _base(word: str) -> str:
    """The letters without their marks: "tổ" and "tô" share "to"."""
    stripped = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(ch for ch in stripped if not unicodedata.combining(ch))


_COMMON = {(_base(a), _base(b)): (a, b) for a, b in (p.split() for p in COMMON_PAIRS if p not in AMBIGUOUS_PAIRS)}
_PROVINCES = {(_base(w[0]), _base(w[1])): (w[0], w[1]) for w in (name.split() for name in PROVINCES) if len(w) == 2}


def _pairs(text: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    words = list(_WORD.finditer(text))
    return [(a, b) for a, b in zip(words, words[1:]) if text[a.end() : b.start()].isspace() and "\n\n" not in text[a.end() : b.start()]]


def _recase(model: str, like: str) -> str:
    """``model``'s letters in the case of ``like`` ("TÔ" -> "TỔ", "Tô" -> "Tổ")."""
    if like.isupper() and len(like) > 1:
        return model.upper()
    if like[:1].isupper():
        return model[:1].upper() + model[1:]
    return model


def consensus_edits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Replacements (start, end, word) for words inside ``spans`` (the OCR'd pages) whose pair
    the document writes otherwise far more often; counts come from the whole text."""
    pairs = _pairs(text)
    counts = Counter((a.group(0).lower(), b.group(0).lower()) for a, b in pairs)
    best: dict[tuple[str, str], tuple[tuple[str, str], int]] = {}
    for pair, n in counts.items():
        key = (_base(pair[0]), _base(pair[1]))
        if key not in best or n > best[key][1]:
            best[key] = (pair, n)
    # A word whose pair with one neighbour is written as the table spells it (or, for pairs the
    # table does not know, as the document mostly does) is read right: its pair with the other
    # neighbour does not outvote that ("đồng chí Thượng tướng" is not "chi thường" xuyên).
    by_table, by_document = set(), set()
    for a, b in pairs:
        pair = (a.group(0).lower(), b.group(0).lower())
        key = (_base(pair[0]), _base(pair[1]))
        if _COMMON.get(key) == pair:
            by_table.update((a.start(), b.start()))
        elif key not in _COMMON and best[key][0] == pair and best[key][1] >= MIN_VOTES:
            by_document.update((a.start(), b.start()))
    edits: dict[int, tuple[int, int, str]] = {}
    for a, b in pairs:  # a province's name misread in its marks is that province ("Lâm Đông")
        if not any(s <= a.start() and b.end() <= e for s, e in spans) or not (a.group(0)[:1].isupper() and b.group(0)[:1].isupper()):
            continue
        province = _PROVINCES.get((_base(a.group(0)), _base(b.group(0))))
        if province:
            for match, new in zip((a, b), province):
                if match.group(0) != new and len(match.group(0)) == len(new):
                    edits[match.start()] = (match.start(), match.end(), _recase(new, match.group(0)))
    for a, b in pairs:
        if not any(s <= a.start() and b.end() <= e for s, e in spans):
            continue
        pair = (a.group(0).lower(), b.group(0).lower())
        if (_base(pair[0]), _base(pair[1])) in _COMMON:
            continue  # a common pair's letters: the table has the last word, below ("đây mạnh" x3 is "đẩy mạnh")
        winner, votes = best[(_base(pair[0]), _base(pair[1]))]
        if winner == pair or votes < MIN_VOTES or votes < MIN_RATIO * counts[pair]:
            continue
        changes = [(m, new) for m, old, new in ((a, pair[0], winner[0]), (b, pair[1], winner[1])) if old != new]
        if any(m.start() in by_table or m.start() in by_document for m, _new in changes):
            continue
        for match, new in changes:
            # Same length (marks differ, letters do not): the page offsets stay as they are.
            if len(match.group(0)) == len(new) and match.start() not in edits:
                edits[match.start()] = (match.start(), match.end(), _recase(new, match.group(0)))
    for a, b in pairs:  # a pair misread the same way all through: the common pair with its letters
        if a.start() in edits or b.start() in edits or not any(s <= a.start() and b.end() <= e for s, e in spans):
            continue
        pair = (a.group(0).lower(), b.group(0).lower())
        common = _COMMON.get((_base(pair[0]), _base(pair[1])))
        if common is None or common == pair:
            continue
        if any(m.start() in by_table for m, old, new in ((a, pair[0], common[0]), (b, pair[1], common[1])) if old != new):
            continue
        for match, old, new in ((a, pair[0], common[0]), (b, pair[1], common[1])):
            # "hoà" and "hòa" are one syllable with the tone placed differently: not an error
            if old != new and len(old) == len(new) and fold(old) != fold(new):
                edits[match.start()] = (match.start(), match.end(), _recase(new, match.group(0)))
    return [edits[k] for k in sorted(edits)]


def apply_consensus(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end, word in consensus_edits(text, spans):
        out.append(text[last:start])
        out.append(word)
        last = end
    out.append(text[last:])
    return "".join(out)
