"""Second readings of a scan's number and date blanks left out where they cannot change what is
read: the coloured ink of a page that paints nothing but grey, and a day's or a month's blank that
the second engine's line and Tesseract's word both read as a whole number (made-up lines in the
form of Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

from plankb.extractors.readers import ocr_blanks, ocr_lines
from plankb.extractors.readers.positioned import Word


def _words(*texts: str) -> list[Word]:
    return [Word(10.0 + 40 * k, 40.0 + 40 * k, 100.0, 112.0, t) for k, t in enumerate(texts)]


def test_a_grey_page_has_no_coloured_ink_to_read_and_is_not_rendered(monkeypatch, tmp_path):
    path = tmp_path / "grey.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(ocr_lines, "grey_page", lambda *args: True)

    def render(*args, **kwargs):
        raise AssertionError("a grey page's ink is not rendered")

    monkeypatch.setattr(ocr_lines, "_band", render)
    assert ocr_lines._read_ink_slots(str(path), 0, [(0, 0, 10, 10), (20, 0, 40, 10)]) == [("", ""), ("", "")]


def _gaps(monkeypatch, text: str) -> list[int]:
    calls = []

    def read_slots(path, index, boxes, version="v5", band=None):
        calls.append(len(boxes))
        return [(text, 0.9)] * len(boxes)

    monkeypatch.setattr(ocr_lines, "read_slots", read_slots)
    return calls


def test_a_day_and_month_both_engines_read_whole_are_not_read_alone_again(monkeypatch):
    calls = _gaps(monkeypatch, "17")
    found = {"day": "27", "month": "5", "year": "2025"}
    ocr_blanks._gap_digits("f.pdf", 0, None, _words("ngày", "27", "tháng", "5", "năm", "2025"), found)
    assert calls == [] and (found["day"], found["month"]) == ("27", "5")


def test_a_blank_is_read_alone_where_a_first_digit_may_be_lost_or_the_readings_differ(monkeypatch):
    calls = _gaps(monkeypatch, "17")
    found = {"day": "7", "month": "5", "year": "2025"}  # "7" may be "17": the day's blank is read, the month's not
    ocr_blanks._gap_digits("f.pdf", 0, None, _words("ngày", "7", "tháng", "5", "năm", "2025"), found)
    assert calls == [1] and found["day"] == "17"
    calls = _gaps(monkeypatch, "11")
    found = {"day": "14", "month": "1", "year": "2025"}  # Tesseract's "g4" is not the line's "14"; a month "1" may be "11"
    ocr_blanks._gap_digits("f.pdf", 0, None, _words("ngày", "g4", "tháng", "1", "năm", "2025"), found)
    assert calls == [2] and (found["day"], found["month"]) == (None, "11")


def test_the_same_band_is_rendered_once_for_its_readings(monkeypatch, tmp_path):
    path = tmp_path / "colour.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    rendered = []

    def render(path, index, scale, *, grayscale=True, forms=False, box=None):
        rendered.append(box)
        return box

    monkeypatch.setattr("plankb.extractors.readers.pdf_chars.render", render)
    assert ocr_lines._band(str(path), 0, (0, 0, 10, 10)) == ocr_lines._band(str(path), 0, (0, 0, 10, 10))
    ocr_lines._band(str(path), 0, (0, 0, 10, 12))  # another band: rendered itself, not cut from the first
    assert rendered == [(0, 0, 10, 10), (0, 0, 10, 12)]


def test_a_day_of_two_digits_has_no_ink_read_and_the_number_is_cut_from_the_same_band(monkeypatch):
    calls = []

    def read_ink_slots(path, index, boxes, band=None):
        calls.append((list(boxes), band))
        return [("205", "205")] * len(boxes)

    monkeypatch.setattr(ocr_lines, "read_ink_slots", read_ink_slots)
    boxes = {"number": (10, 100, 120, 114), "date": (300, 98, 500, 116)}
    found = {"number": "5", "day": "27", "month": "5", "year": "2025"}
    ocr_blanks._ink_digits("f.pdf", 0, boxes, found)
    assert calls == [([boxes["number"]], (10, 98, 500, 116))]  # the band of both lines, as when both are read
    assert found["number"] == "205" and found["day"] == "27"
    calls.clear()
    found = {"number": "5", "day": "7"}  # "7" may be "17": its ink is read
    ocr_blanks._ink_digits("f.pdf", 0, boxes, found)
    assert calls == [([boxes["number"], boxes["date"]], (10, 98, 500, 116))]


def test_a_band_given_apart_from_the_boxes_is_in_the_cache_key():
    boxes = [(10, 100, 20, 110)]
    assert ocr_lines._boxes_key(boxes, None) == ocr_lines._boxes_key(boxes, (10, 100, 20, 110)) == "10,100,20,110"
    assert ocr_lines._boxes_key(boxes, (0, 90, 40, 120)) == "10,100,20,110 band=0,90,40,120"
