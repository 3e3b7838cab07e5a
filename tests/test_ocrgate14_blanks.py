"""Second readings of a scan's number and date blanks left out where they cannot change what is
read: the coloured ink of a page that paints nothing but grey, and a day's or a month's blank that
the second engine's line and Tesseract's word both read as a whole number (made-up lines in the
form of Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

from plankb.extractors.readers import ocr_lines


def test_a_grey_page_has_no_coloured_ink_to_read_and_is_not_rendered(monkeypatch, tmp_path):
    path = tmp_path / "grey.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(ocr_lines, "grey_page", lambda *args: True)

    def render(*args, **kwargs):
        raise AssertionError("a grey page's ink is not rendered")

    monkeypatch.setattr("plankb.extractors.readers.pdf_chars.render", render)
    assert ocr_lines._read_ink_slots(str(path), 0, [(0, 0, 10, 10), (20, 0, 40, 10)]) == [("", ""), ("", "")]
