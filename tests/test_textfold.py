"""Accent folding: the same letters as the transliteration libraries on Vietnamese, tone placement
and "đ" included, and the offsets of the text kept where they would lose them."""

from __future__ import annotations

import unicodedata

import pytest

from plankb.kb.textfold import aligned_plain, folded, plain, snippet

# Every Vietnamese vowel with each tone, upper and lower case, and đ/Đ.
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
VIETNAMESE = [unicodedata.normalize("NFC", v + t) for v in _VOWELS + _VOWELS.upper() for t in _TONES] + ["đ", "Đ"]


def test_plain_folds_every_vietnamese_letter_to_ascii():
    for letter in VIETNAMESE:
        assert plain(letter).isascii() and len(plain(letter)) == 1, letter
    assert plain("Đảng ủy ĐOÀN") == "dang uy doan"


@pytest.mark.parametrize(("old", "new"), [("uỷ", "ủy"), ("hoà", "hòa"), ("Thuỵ", "Thụy"), ("khoẻ", "khỏe")])
def test_old_and_new_tone_placement_fold_alike(old, new):
    assert plain(old) == plain(new)
    assert folded(old) == folded(new)  # names compared with their marks, one placement


def test_plain_agrees_with_unidecode_on_vietnamese():
    unidecode = pytest.importorskip("unidecode").unidecode
    for letter in VIETNAMESE:
        assert plain(letter) == unidecode(letter).lower(), letter
    for text in ("Nghị quyết số 25-NQ/TW", "Thành uỷ Hà Nội", unicodedata.normalize("NFD", "Đắk Lắk")):
        assert plain(text) == unidecode(text).lower()


def test_aligned_plain_keeps_offsets_where_unidecode_does_not():
    text = "Kế hoạch… “Dân vận khéo” – năm 2024"
    assert len(aligned_plain(text)) == len(text)
    at = aligned_plain(text).index("dan van kheo")
    assert text[at : at + len("Dân vận khéo")] == "Dân vận khéo"
    unidecode = pytest.importorskip("unidecode").unidecode
    assert len(unidecode(text)) != len(text)  # why aligned_plain is ours (see kb/textfold.py)


def test_a_match_is_highlighted_after_punctuation_unidecode_would_lengthen():
    assert snippet("Kế hoạch… “Dân vận khéo”", "dan van kheo") == "Kế hoạch… “**Dân vận khéo**”"
