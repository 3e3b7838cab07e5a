"""The date band's markers are composed of the header grammar's pieces (layout_markers.MOTTOS,
dates.LONG_DATE, grammar.PLACE), not written again: what they are made of, and what they match."""

from plankb.extractors.readers import ocr_blanks


def test_the_motto_markers_come_from_the_mottos():
    assert set(ocr_blanks._MOTTO_WORDS) == {"doc lap", "tu do", "hanh phuc", "dang cong san"}
    assert ocr_blanks._MOTTO_FIRST_WORDS == ("cong hoa",)


def test_a_whole_date_is_the_long_date_after_ngay_in_small_letters():
    for text in ("Hà Nội, ngày 09 tháng 12 năm 2024", "ngày 9 tháng 1 năm 2018", "Huế, ngày 3 tháng 9 năm 2019"):
        assert ocr_blanks._whole_date(text), text
    for text in ("NGÀY 18 THÁNG 12 NĂM 2019",  # a title's capitals cite another date
                 "Hà Nội, ngày 31 tháng 2 năm 2024", "ngày 5 tháng 14 năm 2020", "Hà Nội, ngày ... tháng ... năm 2025"):
        assert not ocr_blanks._whole_date(text), text


def test_the_place_before_the_comma_is_the_grammars():
    for text in ("Hà Nội,", "Thành phố Hồ Chí Minh,", "TP. Hồ Chí Minh,", "Bà Rịa - Vũng Tàu,"):
        assert ocr_blanks._PLACE_COMMA.fullmatch(text), text
    for text in ("3210/QĐ-UBND Hà Nội,", "ngày 5,"):
        assert not ocr_blanks._PLACE_COMMA.fullmatch(text), text
