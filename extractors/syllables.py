"""Is this Vietnamese? A syllable validator, to tell a usable PDF text layer from the garbage an
old OCR pass left in many scans ("coNG HOA XA HQr CHtr NGHIA vrET NAM").

A Vietnamese syllable is an onset consonant cluster, a vowel nucleus (with at most one tone mark)
and an optional final consonant. Old OCR output breaks that shape, mixes case inside a word and
loses nearly every diacritic, so the share of valid, toned syllables tells the two apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}  # huyền, sắc, hỏi, ngã, nặng
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
# Vowel clusters, longest first; "i" / "y" / "o" / "u" closing a cluster are semivowel finals.
_NUCLEI = sorted(
    """a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy
    ưa ưi ươ ưu yê oai oay oao oeo iêu yêu uây uôi ươi ươu uya uyê uyu""".split(),
    key=len,
    reverse=True,
)
_CODA = r"(?:ch|ng|nh|c|m|n|p|t)?"
_SYLLABLE = re.compile(rf"^{_ONSET}(?:{'|'.join(_NUCLEI)}){_CODA}$")
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|\S+")
_VIET_MARKED = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]")


def _untoned(word: str) -> tuple[str, int]:
    """The word without tone marks (vowel marks kept), and how many tone marks it had."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = sum(1 for ch in decomposed if ch in _TONES)
    base = "".join(ch for ch in decomposed if ch not in _TONES)
    return unicodedata.normalize("NFC", base), tones


def is_syllable(word: str) -> bool:
    """One Vietnamese syllable, in a sane case (lower, Capitalised or UPPER)."""
    if not word or not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
        return False
    base, tones = _untoned(word.lower())
    return tones <= 1 and bool(_SYLLABLE.match(base))


def garbled(word: str) -> bool:
    """A word no Vietnamese spelling allows, whatever the language of a name: two tone marks
    ("Kéẻ"), case mixed inside the word ("PHó"), or signs among the letters. Names of ethnic
    minorities ("Kđăm", "H'Hen Niê") are not syllables of Kinh Vietnamese, but are not garbled."""
    core = word.strip(".,;:")
    if not core:
        return False
    if not all(ch.isalpha() or ch in "'-" for ch in core):
        return True
    if not (core.islower() or core.isupper() or (core[0].isupper() and (core[1:].islower() or len(core) == 1))):
        return "'" not in core and "-" not in core  # "H'Hen" keeps a capital after the apostrophe
    return _untoned(core.lower())[1] > 1


def has_diacritic(word: str) -> bool:
    return bool(_VIET_MARKED.search(word)) or _untoned(word)[1] > 0


@dataclass
class Quality:
    words: int  # alphabetic words looked at
    valid: float  # share that are Vietnamese syllables
    toned: float  # share carrying a Vietnamese diacritic

    @property
    def usable(self) -> bool:
        # Real Vietnamese: nearly every word a valid syllable and most of them marked (born-digital
        # pages of the shared PDFs: valid 1.0, marked 0.81-0.9); old OCR garbage keeps short words
        # valid but loses most diacritics (0.0-0.31 marked, 0.28-0.77 valid). A few words cannot be judged.
        if self.words < 12:
            return True
        return self.valid >= 0.85 and self.toned >= 0.45


_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’«»/-–"


def text_quality(text: str) -> Quality:
    # A page repeats a few thousand words: each distinct one is judged once (_judged).
    judged = [_judged(w) for w in _WORD.findall(text)]
    judged = [j for j in judged if j is not None]
    if not judged:
        return Quality(0, 0.0, 0.0)
    valid = sum(1 for v, _t in judged if v)
    toned = sum(1 for _v, t in judged if t)
    return Quality(len(judged), valid / len(judged), toned / len(judged))


@functools.lru_cache(maxsize=65536)
def _judged(token: str) -> tuple[bool, bool] | None:
    """Whether a word is a syllable and whether it is marked; None for what is not judged: words
    with digits, single letters and abbreviations ("UBND", "HĐND")."""
    w = token.strip(_PUNCTUATION)
    if not (len(w) > 1 and w.isalpha()):
        return None
    valid, toned = is_syllable(w), has_diacritic(w)
    if w.isupper() and not valid and not toned:
        return None
    return valid, toned
