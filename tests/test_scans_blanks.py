"""The day written by hand over "ngày" can take the word with it in Tesseract's reading ("Hà
Nội, tháng 4-| năm 2024"): the place-and-date line is still found, from the place's comma, and
the second engine's slots rebuild it whole."""

from __future__ import annotations

from plankb.extractors.readers import ocr_blanks
from plankb.extractors.readers.positioned import Word


def _words(*texts: str) -> list[Word]:
    return [Word(10.0 + 40 * k, 40.0 + 40 * k, 100.0, 112.0, t) for k, t in enumerate(texts)]


def test_a_date_line_that_lost_its_day_word_is_found_after_the_comma():
    words = _words("Hà", "Nội,", "tháng", "4-|", "năm", "2024")
    assert ocr_blanks._date_words(words) == (2, 2, 4)
    new = ocr_blanks._new_date_words(words[2:], {"day": "16", "month": "11", "year": "2024"})
    assert [w.text for w in new] == ["ngày", "16", "tháng", "11", "năm", "2024"]


def test_a_remnant_of_the_day_between_the_comma_and_the_month_goes_with_it():
    words = _words("Hà", "Nội,", "Ab", "tháng", "4", "năm", "2024")
    assert ocr_blanks._date_words(words) == (2, 3, 5)


def test_a_month_and_year_without_the_place_comma_are_no_date_line():
    assert ocr_blanks._date_words(_words("trong", "tháng", "4", "năm", "2024")) is None
    assert ocr_blanks._date_words(_words("Hà", "Nội,", "nhiều", "lần", "tháng", "4", "năm", "2024")) is None


def test_the_second_engines_month_word_with_a_letter_more_is_still_read():
    found = ocr_blanks.read_blanks(["Lam Dong, ngay 03 thaing 9 nam 2025"])
    assert (found["day"], found["month"], found["year"]) == ("03", "9", "2025")
    assert "day" not in ocr_blanks.read_blanks(["Lam Dong, thaing 9 nam 2025"])  # no "ngay": no date line


class _Row:
    def __init__(self, words: list[Word]):
        self.words = words
        self.top = min(w.top for w in words)


def test_a_consolidated_texts_number_and_date_are_found_at_the_end_of_the_page_that_signs():
    number = [Word(60, 80, 480, 492, "Số:"), Word(84, 150, 480, 492, "Êf./VBHN-NHNN")]
    date = [Word(360, 380, 460, 472, "Hà"), Word(384, 410, 460, 472, "Nội,"), Word(414, 450, 460, 472, "ngày.Ä/"),
            Word(454, 480, 460, 472, "tháng"), Word(484, 490, 460, 472, "3"), Word(494, 514, 460, 472, "năm"), Word(518, 548, 460, 472, "2025")]
    rows = [_Row(date), _Row(number)]
    assert ocr_blanks.blank_lines(595, 842, rows) == (None, None)  # below the first page's header
    found_number, found_date = ocr_blanks.blank_lines(595, 842, rows, ocr_blanks.END_SHARE)
    assert [w.text for w in found_number] == ["Số:", "Êf./VBHN-NHNN"]
    assert [w.text for w in found_date] == ["ngày.Ä/", "tháng", "3", "năm", "2025"]
