"""How scans and seals damage the header and the signer, on made-up words: a date line whose year a
narrow column put on the next line, a family name "corrected" into another word, the deputy's
title and "tỉnh" misread by one mark."""

from __future__ import annotations

from plankb.extractors.readers import ocr_blanks, ocr_repairs
from plankb.extractors.readers.pdf import _near_surname
from plankb.extractors.readers.positioned import Word


def _words(*texts: str) -> list[Word]:
    return [Word(10.0 + 40 * k, 40.0 + 40 * k, 100.0, 112.0, t) for k, t in enumerate(texts)]


def test_a_year_on_the_next_line_is_not_blanked():
    # "Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm" / "2014": the row ends with "năm"
    words = _words("Minh,", "ngày", "28", "tháng", "6", "năm")
    where = ocr_blanks._date_words(words)
    assert where == (1, 3, 5)
    new = ocr_blanks._new_date_words(words[1:], {"day": "28", "month": "6", "year": None})
    assert [w.text for w in new] == ["ngày", "28", "tháng", "6", "năm"]


def test_a_year_read_as_something_else_is_still_blank():
    words = _words("ngày", "28", "tháng", "6", "năm", "2#1")
    new = ocr_blanks._new_date_words(words, {"day": "28", "month": "6", "year": None})
    assert [w.text for w in new][-1] == ocr_blanks.BLANK


def test_a_clean_given_name_is_not_taken_for_a_misread_family_name():
    assert _near_surname("Thiện") is None  # not "Tiền"
    assert _near_surname("Nguyến") == "Nguyễn"  # the same letters, a mark misread
    assert _near_surname("NguÝýên") == "Nguyễn"


def test_deputy_title_and_province_word_repaired():
    assert ocr_repairs.repair_line("PHÓ TRƯỜNG BAN")[0] == "PHÓ TRƯỞNG BAN"
    assert ocr_repairs.repair_line("ĐẤT 05 NĂM CỦA TĨNH HÀ GIANG")[0] == "ĐẤT 05 NĂM CỦA TỈNH HÀ GIANG"
    assert ocr_repairs.repair_line("UBND TỈNH HÀ TĨNH")[0] == "UBND TỈNH HÀ TĨNH"
    assert ocr_repairs.repair_line("Trường THPT Phó Trường")[0] == "Trường THPT Phó Trường"


def test_two_syllables_glued_by_a_speck_are_split():
    from plankb.extractors.readers.pdf import _name_words

    words = _words("4`", "Phan'Văn", "Mãi")
    assert [w.text for w in _name_words(words)] == ["Phan", "Văn", "Mãi"]
    assert _name_words(_words("Phan¬Văn", "Mãi")) is not None
    assert _name_words(_words("TM.", "ỦY", "BAN")) is None


def test_name_of_both_engines_tolerates_ur_for_u_horn():
    from plankb.extractors.readers.pdf import _name_of_both

    name = _name_of_both("Nguyen Huru Tin", _words("-", "Hữu", "Tín"))
    assert [w.text for w in name] == ["Nguyễn", "Hữu", "Tín"]
    assert _name_of_both("Nguyen Hoa Tin", _words("-", "Hữu", "Tín")) is None
