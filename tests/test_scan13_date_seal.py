"""A seal stamped over the header's place-and-date line: the marks its ring leaves there."""

from plankb.extractors.readers import ocr_blanks
from plankb.extractors.readers.positioned import Word


def _line(text: str, top: float = 100.0) -> list[Word]:
    return [Word(300 + 40 * i, 336 + 40 * i, top, top + 12, word) for i, word in enumerate(text.split())]


def _mended(text: str) -> str | None:
    new = ocr_blanks._place_and_date(ocr_blanks._day_word_mended(_line(text)))
    return " ".join(w.text for w in new) if new else None


def test_day_word_glued_to_the_day_is_cut_apart():
    assert _mended("Quảng Nam, ngày'14 tháng 3 năm 2021") == "Quảng Nam, ngày 14 tháng 3 năm 2021"
    assert _mended("Cà Mau, ngàỳ.09 tháng 11 năm 2020") == "Cà Mau, ngày 09 tháng 11 năm 2020"
    assert ocr_blanks._whole_date("Cà Mau, ngày 09 tháng 11 năm 2020")


def test_place_comma_read_as_semicolon():
    assert _mended("Đà Lạt; ngày 2 tháng 5 năm 2019") == "Đà Lạt, ngày 2 tháng 5 năm 2019"
    # a semicolon not before "ngày", a day and "tháng" stays, and the line has no place
    assert _mended("Đà Lạt; ngày tháng năm 2019") is None


def test_a_number_glued_to_a_word_is_no_day():
    assert [w.text for w in ocr_blanks._day_word_mended(_line("Điều'12 khoản 3"))] == ["Điều'12", "khoản", "3"]


def test_date_wrapped_after_the_day_is_joined():
    lines = [_line("Thành phố Huế, ngày 03"), _line("thắng 9 năm 2019", top=116)]
    joined = ocr_blanks._months_joined(lines)
    assert len(joined) == 1
    assert " ".join(w.text for w in joined[0]) == "Thành phố Huế, ngày 03 thắng 9 năm 2019"
    assert all(w.top == 100.0 for w in joined[0])
    # a line that does not end in the day keeps the next line apart
    assert len(ocr_blanks._months_joined([_line("Huế, ngày 03 tháng"), _line("9 năm 2019", top=116)])) == 2
