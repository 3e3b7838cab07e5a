"""The number line whose code lost its "/" in Tesseract's reading, and the number and day filled
in another ink than the print, read from that ink alone (made-up lines in the Decree's form)."""

from __future__ import annotations

import numpy as np

from plankb.extractors.readers import ocr_blanks, ocr_lines
from plankb.extractors.readers.positioned import Word


def _words(*texts: str) -> list[Word]:
    return [Word(10.0 + 40 * k, 40.0 + 40 * k, 100.0, 112.0, t) for k, t in enumerate(texts)]


def test_a_code_that_lost_its_slash_is_the_word_after_the_number_word():
    words = _words("Số", "HĐND-VP", "Hà", "Tĩnh,")
    phrase = ocr_blanks._phrase(words)
    assert [w.text for w in phrase] == ["Số", "HĐND-VP"]
    new = ocr_blanks._number_words(phrase, "52", "/HDND-VP")
    assert " ".join(w.text for w in new) == "Số 52/HĐND-VP"
    assert " ".join(w.text for w in ocr_blanks._number_words(phrase, None, "/HDND-VP")) == "Số .../HĐND-VP"
    assert [w.text for w in ocr_blanks._phrase(_words("Số", "ngày", "Hà-Nội"))] == ["Số"]  # no code's capitals


def test_a_code_that_kept_its_slash_is_cut_as_before():
    new = ocr_blanks._number_words(_words("Số:", "4J/QĐ-UBND"), "41", "/QD-UBND")
    assert " ".join(w.text for w in new) == "Số: 41/QĐ-UBND"


def _page(ink: bool) -> np.ndarray:
    page = np.full((60, 200, 3), 255, np.uint8)
    page[20:40, 10:60] = 40  # grey print
    if ink:
        page[15:45, 80:84] = (40, 60, 200)  # a blue stroke
        page[15:45, 100:104] = (40, 60, 200)
    return page


def test_only_coloured_ink_is_kept_dark_on_white():
    assert ocr_lines.ink_image(_page(False)) is None  # a grey scan: no other ink
    image = ocr_lines.ink_image(_page(True))
    assert image is not None and image.shape[1] < 60  # cut to the strokes, the print left out
    assert image.min() == 0 and image.max() == 255


def _with_ink(monkeypatch, v5: str, v4: str) -> None:
    monkeypatch.setattr(ocr_lines, "read_ink_slots", lambda path, index, boxes, band=None: [(v5, v4)] * len(boxes))


def test_the_ink_read_alike_by_both_recognizers_gives_back_a_lost_first_digit(monkeypatch):
    _with_ink(monkeypatch, "257", "H57".replace("H", "2"))
    found = {"number": "57"}
    ocr_blanks._ink_digits("f.pdf", 0, {"number": (0, 0, 1, 1)}, found)
    assert found["number"] == "257"
    found = {"number": None}
    ocr_blanks._ink_digits("f.pdf", 0, {"number": (0, 0, 1, 1)}, found)
    assert found["number"] == "257"


def test_ink_readings_that_disagree_or_contradict_the_line_change_nothing(monkeypatch):
    _with_ink(monkeypatch, "18", "1")
    found = {"day": None}
    ocr_blanks._ink_digits("f.pdf", 0, {"date": (0, 0, 1, 1)}, found)
    assert found["day"] is None
    _with_ink(monkeypatch, "21", "21")
    found = {"number": "81"}  # not the line's digits with one put before them
    ocr_blanks._ink_digits("f.pdf", 0, {"number": (0, 0, 1, 1)}, found)
    assert found["number"] == "81"
    _with_ink(monkeypatch, "45", "45")
    found = {"day": None}  # no day of a month
    ocr_blanks._ink_digits("f.pdf", 0, {"date": (0, 0, 1, 1)}, found)
    assert found["day"] is None


def test_the_blanks_between_printed_words_are_the_number_day_and_month_gaps():
    number = _words("Số:", "/KH-UBND")
    date = _words("ngày", "tháng", "năm", "2025")
    boxes = ocr_blanks.gap_boxes(number, date)
    assert set(boxes) == {"number", "day", "month"}
    assert boxes["number"][0] > number[0].x1 and boxes["number"][2] < number[1].x0
    assert boxes["month"][0] > date[1].x1 and boxes["month"][2] < date[2].x0
    assert ocr_blanks.gap_boxes(_words("Số:", "12/KH-UBND"), _words("ngàyl4tháng", "9", "năm")) == {}  # no blank left between words


def _gaps(monkeypatch, texts: list[str]) -> list:
    calls = []

    def read_slots(path, index, boxes, version="v5", band=None):
        calls.append(len(boxes))
        return [(t, 0.9) for t in texts[: len(boxes)]]

    monkeypatch.setattr(ocr_lines, "read_slots", read_slots)
    return calls


def test_a_gap_read_alone_gives_back_a_lost_first_digit_and_fills_an_unknown_slot(monkeypatch):
    _gaps(monkeypatch, ["205", "17", "6"])
    found = {"number": "5", "code": "/KH-UBND", "day": None, "month": None, "year": "2025"}
    ocr_blanks._gap_digits("f.pdf", 0, _words("Số:", "/KH-UBND"), _words("ngày", "tháng", "năm", "2025"), found)
    assert (found["number"], found["day"], found["month"]) == ("205", "17", "6")


def test_a_gap_read_as_another_number_than_the_line_makes_the_slot_unknown(monkeypatch):
    _gaps(monkeypatch, ["17", "13"])
    found = {"day": "14", "month": "13", "year": "2025"}  # a month 13 read alone is no month: the line's stays
    ocr_blanks._gap_digits("f.pdf", 0, None, _words("ngày", "tháng", "năm", "2025"), found)
    assert found["day"] is None and found["month"] == "13"
    _gaps(monkeypatch, ["17"])
    found = {"year": "2025"}  # the line not read as a date line: nothing put in
    ocr_blanks._gap_digits("f.pdf", 0, None, _words("ngày", "tháng", "năm", "2025"), found)
    assert "day" not in found


def test_the_day_glued_to_its_word_is_read_from_where_the_word_ngay_ends():
    date = [Word(100, 142, 100, 112, "ngày-27"), Word(146, 176, 100, 112, "tháng"), Word(180, 186, 100, 112, "5")]
    box = ocr_blanks.gap_boxes(None, date)["day"]
    assert 120 < box[0] < 126 and box[2] < 146  # "ngày" is four of the word's seven signs
    assert "day" not in ocr_blanks.gap_boxes(None, [Word(100, 142, 100, 112, "ngàyxy"), *date[1:]])


def test_a_gap_read_with_a_first_digit_fewer_than_the_line_leaves_the_line(monkeypatch):
    _gaps(monkeypatch, ["7"])
    found = {"day": "27", "month": "5", "year": "2025"}
    ocr_blanks._gap_digits("f.pdf", 0, None, _words("ngày", "tháng", "5", "năm", "2025"), found)
    assert found["day"] == "27"
