"""The number and date blanks of a scan read again: the lines found in Tesseract's reading (the
day written by hand over "ngày" can take the word with it: "Hà Nội, tháng 4-| năm 2024"; the line
is still found, from the place's comma), the crops read, and the second engine's slots put back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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


def test_the_v5_recognizers_forms_are_read_as_v4s():
    # marks, a full-width colon, a small "s", words glued to a number, a dash after the day
    found = ocr_blanks.read_blanks(["Só：1491/QD-TTg", ", ngày 08 tháng 4nǎm 2025"])
    assert (found["number"], found["code"]) == ("1491", "/QD-TTg")
    assert (found["day"], found["month"], found["year"]) == ("08", "4", "2025")
    assert ocr_blanks.read_blanks(["ngày 07-tháng 12 nǎm 2011"])["day"] == "07"
    # the crop of a date line whose "ngày" Tesseract lost starts at the month: the day is unknown
    found = ocr_blanks.read_blanks([" tháng11 nǎm 2024"])
    assert found["day"] is None and found["month"] == "11"


def test_the_crops_read_again_are_the_lines_with_room_for_what_tesseract_lost():
    number = [Word(100, 118, 100, 112, "Số:"), Word(122, 190, 100, 112, "4452/QĐ-TTg")]
    date = [Word(340, 368, 102, 114, "tháng"), Word(372, 380, 102, 114, "11"), Word(384, 404, 102, 114, "năm"), Word(408, 436, 102, 114, "2024")]
    boxes = ocr_blanks.slot_boxes(600, number, date)
    x0, top, x1, bottom = boxes["number"]
    assert x0 < 100 and 190 < x1 < 200 and top < 100 and bottom > 112  # the line, a little room round it
    assert boxes["date"][0] <= 340 - 4 * 12  # "ngày" and the day were lost before "tháng": read where they stood
    alone = ocr_blanks.slot_boxes(600, number[:1], None)
    assert alone["number"][2] >= 100 + 12 * 12 and "date" not in alone  # "Số:" alone: room for a number and a code
    assert ocr_blanks.slot_boxes(600, None, None) == {}


def test_a_slot_v5_cannot_read_is_read_by_v4_and_only_that_slot(monkeypatch):
    number = [Word(100, 118, 100, 112, "Số:"), Word(122, 190, 100, 112, "4452/QĐ-TTg")]
    date = [Word(320, 332, 102, 114, "Hà"), Word(336, 352, 102, 114, "Nội,"), Word(356, 380, 102, 114, "ngày"), Word(384, 392, 102, 114, "Á4"),
            Word(396, 420, 102, 114, "tháng"), Word(424, 432, 102, 114, "11"), Word(436, 456, 102, 114, "năm"), Word(460, 488, 102, 114, "2024")]
    lines = [list(number), list(date)]
    calls = []

    def read_slots(path, index, boxes, version="v5", band=None):
        calls.append((version, len(boxes)))
        if version == "v5":
            return [("Só:1482/QD-TTg", 0.9), ("ngày Ж tháng 11 nǎm 2024", 0.9)][: len(boxes)]
        return [("ngay 29 thang 11 nam 2024", 0.9)]

    monkeypatch.setattr(ocr_blanks.ocr_lines, "slots_unavailable", lambda: None)
    monkeypatch.setattr(ocr_blanks.ocr_lines, "read_slots", read_slots)
    monkeypatch.setattr(ocr_blanks.ocr_lines, "read_ink_slots", lambda path, index, boxes, band=None: [("", "")] * len(boxes))  # a grey scan
    assert ocr_blanks.fill_blanks("x.pdf", 0, 600, 842, [_Row(number), _Row(date)], lines)
    texts = [" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines]
    assert texts == ["Số: 1482/QĐ-TTg", "Hà Nội, ngày 29 tháng 11 năm 2024"]
    assert calls[:2] == [("v5", 2), ("v4", 1)]  # v4 reads the date line alone, the slot v5 left unknown
    assert all(version == "v5" for version, _n in calls[2:])  # then the blanks between words, alone (ocr_blanks._gap_digits)


RENDERINGS = sorted((Path(__file__).parent / "fixtures" / "renderings").glob("*.pdf"))


def _blank_lines_of(path: Path) -> tuple[float, list[Word] | None, list[Word] | None]:
    """The page width and the number and date lines of a rendering's first page, from its text layer."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        words = [Word(w["x0"], w["x1"], w["top"], w["bottom"], w["text"]) for w in page.extract_words()]
        width, height = float(page.width), float(page.height)
    rows: dict[float, list[Word]] = {}
    for w in words:
        rows.setdefault(round(w.top), []).append(w)
    return (width, *ocr_blanks.blank_lines(width, height, [_Row(ws) for _, ws in sorted(rows.items())]))


WITH_BLANKS = [p for p in RENDERINGS if all(_blank_lines_of(p)[1:])]  # not every rendering prints both lines


def test_some_renderings_print_a_number_line_and_a_date_line():
    assert WITH_BLANKS


@pytest.mark.skipif(ocr_blanks.ocr_lines.slots_unavailable() is not None, reason="the PP-OCRv5 recognizer is not installed")
@pytest.mark.parametrize("path", WITH_BLANKS, ids=lambda p: p.stem[:3])
def test_the_v5_recognizer_reads_the_number_and_the_day_printed_in_the_blanks(path, monkeypatch):
    """The crops of a page's number line and date line, read by the real recognizer, give the
    number and the day its text layer holds (printed here; scans write them by hand)."""
    monkeypatch.delenv("PLANKB_OCR_CACHE", raising=False)
    width, number, date = _blank_lines_of(path)
    boxes = ocr_blanks.slot_boxes(width, number, date)
    read = ocr_blanks.ocr_lines.read_slots(str(path), 0, list(boxes.values()))
    found = ocr_blanks.read_blanks([text for text, _conf in read])
    printed_number = re.match(r"\d+", " ".join(w.text for w in number).split(":", 1)[1].strip())[0]
    printed_day = re.search(r"ngày\s+(\d+)\s+tháng\s+(\d+)", " ".join(w.text for w in date))
    assert found["number"] == printed_number
    assert (found["day"], found["month"]) == printed_day.groups()


def test_a_party_documents_number_line_has_no_colon_and_its_code_starts_with_a_dash():
    number = [Word(136, 150, 110, 122, "Số"), Word(153, 170, 110, 122, "ZJ0"), Word(175, 260, 110, 122, "-CV/BTGDVTU")]
    found_number, _ = ocr_blanks.blank_lines(595, 842, [_Row(number)])
    assert [w.text for w in found_number] == ["Số", "ZJ0", "-CV/BTGDVTU"]
    found = ocr_blanks.read_blanks(["So 210-CV/BTGDVTU"])
    assert (found["number"], found["code"]) == ("210", "-CV/BTGDVTU")
    new = ocr_blanks._number_words(found_number, found["number"], found["code"])
    assert " ".join(w.text for w in new) == "Số 210-CV/BTGDVTU"
    # "Số" alone in a sentence is no number line
    prose = [Word(136, 150, 110, 122, "Số"), Word(153, 190, 110, 122, "lượng"), Word(193, 220, 110, 122, "đoàn")]
    assert ocr_blanks.blank_lines(595, 842, [_Row(prose)]) == (None, None)


def test_digits_glued_to_the_code_are_the_number_before_a_slash_further_on():
    found = ocr_blanks.read_blanks(["Só:04VBHN-NHNN"])
    assert (found["number"], found["code"]) == ("04", "VBHN-NHNN")


def test_a_two_drawn_as_a_stroke_and_a_flat_base_reads_l_and_is_a_two():
    assert ocr_blanks.digits("75L") == "752" and ocr_blanks.digits("OL") == "02" and ocr_blanks.digits("LI0") == "210"
    assert ocr_blanks.digits("Lan") is None  # a word, not a number


def test_the_second_engines_code_stands_in_for_one_tesseract_lost_only_when_every_part_is_known():
    head = [Word(100, 118, 100, 112, "Số:")]
    assert " ".join(w.text for w in ocr_blanks._number_words(head, "752", "/QD-TTg")) == "Số: 752/QD-TTg"  # "QĐ" restored when read
    assert ocr_blanks._number_words(head, "81", "/LDLD-CTCD") is None  # marks unknown: no symbol rather than a wrong one
    assert ocr_blanks._number_words(head, None, "/QD-TTg") is None  # no number either: nothing to put back
    assert ocr_blanks._known_codes("/2025/TT-BKHCN") and ocr_blanks._known_codes("-CV/BTGDVTU")


@pytest.mark.skipif(ocr_blanks.ocr_lines.slots_unavailable() is not None, reason="the PP-OCRv5 recognizer is not installed")
def test_an_empty_crop_reads_as_nothing_rather_than_failing(monkeypatch):
    monkeypatch.delenv("PLANKB_OCR_CACHE", raising=False)
    path = str(WITH_BLANKS[0])
    assert ocr_blanks.ocr_lines.read_slots(path, 0, [(100.0, 100.0, 100.0, 120.0), (50.0, 50.0, 300.0, 50.2)]) == [("", 0.0), ("", 0.0)]


def test_an_adopted_acts_closing_date_is_a_date_line_read_again():
    # "Nghị quyết này được ... thông qua ngày 26 tháng 3 năm 2025": no place-and-date line; the
    # adoption's date is read again as one is (Tesseract's "2023." for a printed "2025.")
    words = _words("Việt", "Nam", "khóa", "XV", "thông", "qua", "ngày", "26", "tháng", "3", "năm", "2023.")
    assert ocr_blanks._date_words(words) == (6, 8, 10)
    # the crop starts a little before "ngày" and takes the end of "qua" with it
    found = ocr_blanks.read_blanks(["i ngày 26 tháng 3 nǎm 2025."])
    assert (found["day"], found["month"], found["year"]) == ("26", "3", "2025")
    new = ocr_blanks._new_date_words(words[6:], found)
    assert [w.text for w in new] == ["ngày", "26", "tháng", "3", "năm", "2025."]
    # "ngày" after any other word is still no date line ("trong ngày 26 tháng 3 năm 2025")
    assert ocr_blanks._date_words(_words("trong", "ngày", "26", "tháng", "3", "năm", "2025")) is None


def test_a_month_glued_to_the_year_word_still_makes_a_date_line():
    # "tháng lInăm 2024": Tesseract ran "11" into "năm"; the line is found and read again
    words = _words("Hà", "Nội,", "ngày", "15", "tháng", "lInăm", "2024")
    assert ocr_blanks._date_words(words) == (2, 4, 5)
    found = ocr_blanks.read_blanks(["ngày 15 tháng 11nǎm 2024"])
    new = ocr_blanks._new_date_words(words[2:], found)
    assert [w.text for w in new] == ["ngày", "15", "tháng", "11", "năm", "2024"]


def test_a_citation_in_a_sentence_is_no_party_number_line():
    # "... Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm ...": the small "số" of a citation
    citation = [Word(60, 75, 300, 312, "số"), Word(78, 150, 300, 312, "154/2020/NĐ-CP"), Word(153, 175, 300, 312, "ngày")]
    assert ocr_blanks.blank_lines(595, 842, [_Row(citation)]) == (None, None)
    party = [Word(60, 75, 300, 312, "Số"), Word(78, 150, 300, 312, "154-CV/TU")]
    assert [w.text for w in ocr_blanks.blank_lines(595, 842, [_Row(party)])[0]] == ["Số", "154-CV/TU"]
