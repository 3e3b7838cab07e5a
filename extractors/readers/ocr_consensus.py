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

Both look at how a pair is cased (case_form). Prose pairs are what the table counts and what a
document mostly repeats; a capital inside a sentence marks a proper name (Decree 30/2020: people,
places, bodies), whose marks are its own: "Phan Thị Thắng" is not "Phần Thi" for "phần thi"
being common, nor "Phó Thống đốc" "Phổ Thông", nor "Vân Phong" "Văn Phòng". So a capitalised
pair is corrected only towards a spelling written with the same capitals (by the document, or by
the typed texts the table is made of: "Ban Tô chức" is "Tổ chức", which they write so), and a
pair in capitals not inside a person's name standing alone on its line ("PHAN THỊ MAI HOA").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from plankb.extractors.patterns.common_pairs import CASED_PAIRS, COMMON_PAIRS, JOINT_PAIRS
from plankb.extractors.patterns.layout_markers import SURNAMES
from plankb.extractors.patterns.places import PROVINCES
from plankb.extractors.readers.ocr_case import PROSE, case_form, name_cased, neighbours
from plankb.extractors.text import fold

_WORD = re.compile(r"[^\W\d_]+")
MIN_VOTES = 2  # the spelling that wins is written at least this often (3 found 3 fewer titles on the shared scans)...
MIN_RATIO = 2  # ...and this many times more often than the one it replaces


def _base(word: str) -> str:
    """The letters without their marks: "tổ" and "tô" share "to"."""
    stripped = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(ch for ch in stripped if not unicodedata.combining(ch))


_COMMON = {(_base(a), _base(b)): (a, b) for a, b in (p.split() for p in COMMON_PAIRS)}
_COMMON_WRITTEN = frozenset(p.lower() for p in COMMON_PAIRS) | JOINT_PAIRS  # what vouches for a word's other pair
_PROVINCES = {(_base(w[0]), _base(w[1])): (w[0], w[1]) for w in (name.split() for name in PROVINCES) if len(w) == 2}


def _pairs(text: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    words = list(_WORD.finditer(text))
    return [(a, b) for a, b in zip(words, words[1:]) if neighbours(text, a, b)]


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
    classes = [_vote_class(text, a, b) for a, b in pairs]
    # how often each pair is written in each case: a capitalised pair is corrected only towards a
    # spelling the document writes with the same capitals ("Phan Thị" is not the "phần thi" of prose)
    cased = Counter(((a.group(0).lower(), b.group(0).lower()), c) for (a, b), c in zip(pairs, classes))
    before = {b.start(): a.group(0).lower() for a, b in pairs}
    after = {a.start(): b.group(0).lower() for a, b in pairs}

    def other_pair(match: re.Match[str], old: str, new: str, first: bool) -> tuple[tuple[str, str], tuple[str, str]] | None:
        """The word's pair with its other neighbour (``first``: the word is the first of the pair
        being corrected, so the other is the word before it), as written and as changed."""
        if first and match.start() in before:
            return (before[match.start()], old), (before[match.start()], new)
        if not first and match.start() in after:
            return (old, after[match.start()]), (new, after[match.start()])
        return None

    def breaks_other_pair(match: re.Match[str], old: str, new: str, first: bool) -> bool:
        """A word changed for its pair with one neighbour must not break its pair with the other
        when that pair, as written, is a common one or one the document writes more often than as
        changed, and the changed one is not common: "sử dụng Hệ thống" is not "dựng" for the
        common "xây dựng hệ", nor "Ban Vì sự tiến bộ" "Vị" for "đơn vị sự nghiệp"; "quy định chỉ
        tiết" is "chi" though the scan misreads it so all through, "định chi" being common."""
        near = other_pair(match, old, new, first)
        if near is None or " ".join(near[1]) in _COMMON_WRITTEN:
            return False
        return " ".join(near[0]) in _COMMON_WRITTEN or (counts[near[0]] >= MIN_VOTES and counts[near[1]] < counts[near[0]])

    edits: dict[int, tuple[int, int, str]] = {}
    for a, b in pairs:  # a province's name misread in its marks is that province ("Lâm Đông")
        if not any(s <= a.start() and b.end() <= e for s, e in spans) or not (a.group(0)[:1].isupper() and b.group(0)[:1].isupper()):
            continue
        province = _PROVINCES.get((_base(a.group(0)), _base(b.group(0))))
        if province:
            for match, new in zip((a, b), province):
                if match.group(0) != new and len(match.group(0)) == len(new):
                    edits[match.start()] = (match.start(), match.end(), _recase(new, match.group(0)))
    for (a, b), c in zip(pairs, classes):
        if c is None or not any(s <= a.start() and b.end() <= e for s, e in spans):
            continue
        pair = (a.group(0).lower(), b.group(0).lower())
        if (_base(pair[0]), _base(pair[1])) in _COMMON:
            continue  # a common pair's letters: the table has the last word, below ("đây mạnh" x3 is "đẩy mạnh")
        winner, votes = best[(_base(pair[0]), _base(pair[1]))]
        if winner == pair or votes < MIN_VOTES or votes < MIN_RATIO * counts[pair]:
            continue
        if c != PROSE and not cased[(winner, c)]:
            continue
        for match, old, new, first in ((a, pair[0], winner[0], True), (b, pair[1], winner[1], False)):
            # Same length (marks differ, letters do not): the page offsets stay as they are.
            if old != new and len(old) == len(new) and match.start() not in edits and not breaks_other_pair(match, old, new, first):
                edits[match.start()] = (match.start(), match.end(), _recase(new, match.group(0)))
    for (a, b), c in zip(pairs, classes):  # a pair misread the same way all through: the common pair with its letters
        if c is None or a.start() in edits or b.start() in edits or not any(s <= a.start() and b.end() <= e for s, e in spans):
            continue
        pair = (a.group(0).lower(), b.group(0).lower())
        common = _COMMON.get((_base(pair[0]), _base(pair[1])))
        if common is None or common == pair:
            continue
        if c != PROSE and c not in CASED_PAIRS.get(" ".join(common), ()):
            continue  # a name's capitals: the typed texts never write the common pair so ("Phan Thị" is no "phần thi")
        # "hoà" and "hòa" are one syllable with the tone placed differently: not an error
        changes = [(match, old, new, first) for match, old, new, first in ((a, pair[0], common[0], True), (b, pair[1], common[1], False)) if fold(old) != fold(new)]
        if any(breaks_other_pair(*change) for change in changes):
            continue  # the pair is changed whole or not at all: "không dùng tiền mặt" is not "đúng tiền" (đúng tiến độ)
        for match, _, new, _ in changes:
            edits[match.start()] = (match.start(), match.end(), _recase(new, match.group(0)))
    return [edits[k] for k in sorted(edits)]


def _vote_class(text: str, a: re.Match[str], b: re.Match[str]) -> str | None:
    """The case a pair is judged in: a proper name's ("TT": "Sìn Hồ", "Tl"), else prose (capitals
    too, as headings write prose); None for a person's name in capitals standing alone on its
    line ("PHAN THỊ MAI HOA"), whose marks nothing here can vouch for."""
    form = name_cased(text, a, b)
    if form:
        return form
    if case_form(text, a, b) == "UU":
        start, end = text.rfind("\n", 0, a.start()) + 1, text.find("\n", b.end())
        if _name_in_capitals(text[start : end if end >= 0 else len(text)]):
            return None
    return PROSE


# What a deputy's title names after "PHÓ" ("PHÓ TRƯỞNG BAN", "PHÓ CHỦ TỊCH", "PHÓ GIÁM ĐỐC"):
# "Phó" is also a family name, but no person's name goes on with these words.
_HEADS = frozenset(fold(w) for w in ("trưởng", "chủ", "giám", "chánh", "bí", "thủ", "tổng", "hiệu", "viện", "cục", "chủ nhiệm"))


def _name_in_capitals(line: str) -> bool:
    """A line that is a person's name in capitals: 2 to 5 words, a family name first, and no two
    of them a pair of prose as read ("TÔ CHỨC HỘI NGHỊ" is a heading: "hội nghị")."""
    words = line.split()
    if not (2 <= len(words) <= 5 and all(w.isalpha() and w.isupper() for w in words) and words[0].capitalize() in SURNAMES):
        return False
    if words[0] == "PHÓ" and fold(words[1]) in _HEADS:  # a deputy's title under the authority line, not Mr Phó
        return False
    return not any(f"{fold(a)} {fold(b)}" in _COMMON_WRITTEN for a, b in zip(words, words[1:]))


def apply_consensus(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end, word in consensus_edits(text, spans):
        out.append(text[last:start])
        out.append(word)
        last = end
    out.append(text[last:])
    return "".join(out)
