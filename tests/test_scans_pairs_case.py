"""The OCR corrections that go by pairs leave what they cannot decide: a proper name's capitals
(a person, a place, a title inside a sentence), a person's name in capitals on its own line, and
a phrase the table's texts happen not to write ("cổ đông")."""

from __future__ import annotations

import re

import pytest

from plankb.extractors.patterns import make_common_pairs
from plankb.extractors.patterns.common_pairs import AMBIGUOUS_PAIRS, CASED_PAIRS, COMMON_PAIRS
from plankb.extractors.readers.ocr_case import case_form, opens_sentence
from plankb.extractors.readers.ocr_consensus import apply_consensus


def _fixed(text: str) -> str:
    return apply_consensus(text, [(0, len(text))])


def _form(text: str, first: str) -> str:
    words = list(re.finditer(r"[^\W\d_]+", text))
    k = next(i for i, w in enumerate(words) if w.group(0) == first)
    return case_form(text, words[k], words[k + 1])


@pytest.mark.parametrize("text, first, form", [
    ("1. Tổ chức thực hiện", "Tổ", "ll"),  # a list item's first word
    ("Nghị định này. Tổng mức sở hữu", "Tổng", "ll"),
    ("được giao: (1) Đẩy mạnh", "Đẩy", "ll"),
    ("Bà Phan Thị Thắng", "Phan", "TT"),
    ("Luật Tổ chức Chính phủ", "Tổ", "Tl"),
    ("Độc lập - Tự do - Hạnh phúc", "Tự", "Tl"),  # a dash inside a line opens nothing
    ("TỔ CHỨC THỰC HIỆN", "TỔ", "UU"),
])
def test_case_forms(text, first, form):
    assert _form(text, first) == form


def test_a_sentence_opens_after_a_line_a_cell_or_a_stop():
    text = "a\n- Đây\tCó. Ba"
    assert opens_sentence(text, text.index("Đây")) and opens_sentence(text, text.index("Có")) and opens_sentence(text, text.index("Ba"))
    assert not opens_sentence("bà Phan", 3)


def test_prose_is_still_corrected_in_any_case():
    assert _fixed("1. Tô chức thực hiện") == "1. Tổ chức thực hiện"
    assert _fixed("IV. TÔ CHỨC THỰC HIỆN") == "IV. TỔ CHỨC THỰC HIỆN"
    assert _fixed("TÔ CHỨC THỰC HIỆN") == "TỔ CHỨC THỰC HIỆN"  # "Tô" is a family name, but "thực hiện" is prose
    assert _fixed("Căn cứ Luật Tô chức Chính phủ") == "Căn cứ Luật Tổ chức Chính phủ"  # the texts write "Tổ chức" so
    assert "TT" not in CASED_PAIRS.get("phần thi", ())  # never two capitals inside a sentence, as a name has them


@pytest.mark.parametrize("text", [
    "Bà Phan Thị Thắng, Thứ trưởng",  # "phần thi" is common, "Phần Thi" inside a sentence never
    "Ông Đào Minh Tú, Phó Thống đốc Ngân hàng",  # not "Phổ Thông"
    "PHAN THỊ MAI HOA",  # a signer's name in capitals
])
def test_names_are_left_as_read(text):
    assert "phần thi" in COMMON_PAIRS and "phổ thông" in COMMON_PAIRS
    assert _fixed(text) == text


def test_names_written_so_in_the_document_vote_for_their_own_spelling():
    text = "huyện Sìn Hồ, huyện Sìn Hồ, huyện Sìn Hồ và Sìn Hô"
    assert _fixed(text).endswith("Sìn Hồ")


def test_a_phrase_the_texts_do_not_write_makes_the_pair_ambiguous():
    assert "cổ đông" in make_common_pairs.RIVAL_PHRASES and "cổ động" in AMBIGUOUS_PAIRS
    assert _fixed("Đại hội đồng cổ đông thường niên") == "Đại hội đồng cổ đông thường niên"


def test_a_line_ocr_set_apart_still_pairs_with_the_line_before_it():
    assert _fixed("Ban Vì sự tiến bộ của phụ nữ và tô\n\nthư ký, giúp việc") == "Ban Vì sự tiến bộ của phụ nữ và tổ\n\nthư ký, giúp việc"
    # a blank line before a capital starts another paragraph: no pair across it
    assert _fixed("các đơn vị tô\n\nChức năng") == "các đơn vị tô\n\nChức năng"
