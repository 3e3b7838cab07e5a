"""Marks scattered over the plain vowels by copying sites, taken off again.

Some sites that copy news and documents wholesale disguise the copy by putting a random mark on
letters that had none: a plain vowel gets a tone or a vowel mark, a "d" becomes "đ", while every
letter the writer marked is left as it was ("Kết luận" -> "Kết lúận", "Ban Bí thư" -> "Bạn Bí
thư", "ngày" -> "ngàỷ", "quyết" -> "qụỵết", "nội dung" -> "nộỉ đúng"). Labels, type names, body
names and dates are then missed everywhere in the text.

The writer's letters are therefore still there: the original of a scrambled word is one that has
the same letters and keeps each of its marked letters, and whose unmarked letters the copy may
have marked. The words plans and directives write (patterns/common_pairs, with the function words
those pairs leave out) say which of those originals it was: a pair of neighbouring words first
("Bạn Bí" can only be "Ban Bí"), then a word alone, keeping as many of its marks as a written
word allows.

A text is taken as scrambled only when many of its words carry two tone marks, which no
Vietnamese syllable does (a tenth of the words; typed and OCR'd texts have a few hundredths at
most): every other text is left alone.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from plankb.extractors.patterns.common_pairs import AMBIGUOUS_PAIRS, COMMON_PAIRS, JOINT_PAIRS
from plankb.extractors.patterns.make_common_pairs import FUNCTION_WORDS, marks_off
from plankb.extractors.syllables import _untoned

SCRAMBLED_SHARE = 0.10  # words with two tone marks, of all words: a scrambled copy has a fifth or more
SCRAMBLED_MIN = 10  # ...and at least this many of them
PLAIN = frozenset("aeiouyd")  # the letters a copying site marks; a marked letter it leaves alone

_WORD = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"^[IVXL]+$")


def _base(ch: str) -> str:
    return marks_off(ch) or ch


def could_be(scrambled: str, written: str) -> bool:
    """``written`` with some of its plain letters marked can read ``scrambled`` (lowercase both)."""
    if len(scrambled) != len(written):
        return False
    return all(s == w or (w in PLAIN and _base(s) == w) for s, w in zip(scrambled, written))


def _marks(word: str) -> int:
    return sum(1 for ch in word if _base(ch) != ch)


_NEW_TONE = re.compile(r"([òóỏõọùúủũụ])([aey])$")
_PLAIN_OF = {ch: base for base, forms in (("o", "òóỏõọ"), ("u", "ùúủũụ")) for ch in forms}
_TONE_ON = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}


def placements(word: str) -> list[str]:
    """The word and its other tone placement: "ủy" is also written "uỷ", "hòa" "hoà"."""
    m = _NEW_TONE.search(word)
    if not m or (m.group(1) in "òóỏõọ") == (m.group(2) == "y"):
        return [word]
    tone = "òóỏõọùúủũụ".index(m.group(1)) % 5
    return [word, word[: m.start()] + _PLAIN_OF[m.group(1)] + _TONE_ON[m.group(2)][tone]]


def _add(words: dict[str, list[str]], word: str) -> None:
    same = words.setdefault(marks_off(word), [])
    for form in placements(word):
        if form not in same:
            same.append(form)


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, str], list[tuple[str, str]]], dict[str, list[str]]]:
    pairs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    words: dict[str, list[str]] = {}
    written = set(COMMON_PAIRS) | set(AMBIGUOUS_PAIRS) | set(JOINT_PAIRS)
    for pair in sorted(written):
        parts = unicodedata.normalize("NFC", pair.lower()).split()
        if len(parts) != 2:
            continue
        a, b = parts
        pairs.setdefault((marks_off(a), marks_off(b)), []).append((a, b))
        for w in (a, b):
            _add(words, w)
    for w in sorted(FUNCTION_WORDS):
        _add(words, unicodedata.normalize("NFC", w))
    return pairs, words


_TONED = "".join(
    ch
    for ch in map(chr, range(0xC0, 0x1EFA))
    if ch.isalpha() and any(m in unicodedata.normalize("NFD", ch) for m in "\u0300\u0301\u0309\u0303\u0323")
)
# A word with two toned letters, found without splitting the text into words: most texts have none.
_TWO_TONES = re.compile(rf"[{_TONED}][^\W\d_]*?[{_TONED}]")


def is_scrambled(text: str) -> bool:
    if len(_TWO_TONES.findall(text)) < SCRAMBLED_MIN:
        return False
    words = _WORD.findall(text)
    doubled = sum(1 for w in words if _untoned(w.lower())[1] > 1)
    return doubled >= SCRAMBLED_MIN and doubled >= SCRAMBLED_SHARE * len(words)


def _best(scrambled: str, candidates: list[str]) -> str | None:
    fits = [c for c in candidates if could_be(scrambled, c)]
    if not fits:
        return None
    most = max(_marks(c) for c in fits)
    kept = [c for c in fits if _marks(c) == most]
    return kept[0] if len(kept) == 1 or all(placements(k)[-1] == placements(kept[0])[-1] for k in kept) else None


def _cased(like: str, word: str) -> str:
    return "".join(w.upper() if s.isupper() else w for s, w in zip(like, word))


def unscramble_edits(text: str) -> list[tuple[int, int, str]]:
    """Replacements taking the scattered marks off a scrambled text's words; none for any other."""
    if not is_scrambled(text):
        return []
    pairs, words = _tables()
    found = list(_WORD.finditer(text))
    chosen: dict[int, str] = {}
    for i in range(len(found) - 1):
        m1, m2 = found[i], found[i + 1]
        if text[m1.end() : m2.start()] != " ":
            continue
        a, b = m1.group().lower(), m2.group().lower()
        fits = [(x, y) for x, y in pairs.get((marks_off(a), marks_off(b)), []) if could_be(a, x) and could_be(b, y)]
        most = max((_marks(x) + _marks(y) for x, y in fits), default=0)
        fits = [(x, y) for x, y in fits if _marks(x) + _marks(y) == most]
        if len(fits) == 1:
            chosen.setdefault(i, fits[0][0])
            chosen.setdefault(i + 1, fits[0][1])
    edits = []
    for i, m in enumerate(found):
        word = m.group()
        low = word.lower()
        new = chosen.get(i)
        if new is None and word.isupper() and _ROMAN.match(marks_off(word).upper()):
            new = marks_off(word)  # a Roman numeral ("khóa XĨÌÍ"): its I's were plain letters
        if new is None:
            same = words.get(marks_off(low), [])
            new = low if low in same else _best(low, same)
        if new is not None and new != low:
            edits.append((m.start(), m.end(), _cased(word, new)))
    return edits
