"""The place-and-date line under a seal, when the seal took more than the date: the motto above it
(found by what is left of it, or not at all), the word "ngày", the year put on a line of its own
(made-up page words only)."""

import pytest

from plankb.extractors.readers import ocr, ocr_blanks
from plankb.extractors.readers.positioned import Word, build_rows
from tests.page_words import HEIGHT, WIDTH
from tests.page_words import line_words as _line


def _page(motto: list[str], date_text: str) -> tuple[list[list[Word]], list[int]]:
    lines = [_line(90, 70, "ỦY BAN NHÂN DÂN"), _line(90, 120, "Số: 12/KH-UBND"), _line(330, 125, date_text),
             _line(250, 170, "KẾ HOẠCH"), _line(90, 300, "Căn cứ Luật ngày 19 tháng 6 năm 2015;")]
    blocks = [1, 1, 2, 3, 4]
    for k, text in enumerate(motto):
        lines.append(_line(330, 70 + 18 * k, text))
        blocks.append(2)
    return lines, blocks


def _date_lines(lines: list[list[Word]]) -> list[str]:
    return [" ".join(w.text for w in line) for line in lines if any("tháng" in w.text for w in line) and line[0].x0 > 300]


def test_the_motto_is_known_by_what_a_seal_left_of_it():
    for remnant in (["CỘNG HÒA XÃ HỘI CN VIỆT"], ["A VIỆT NAM", "Độc lậ"], ["phúc", "Tự do"]):
        lines, blocks = _page(remnant, "Bình Dương, ngày m 2018")
        band = ocr_blanks.date_band(WIDTH, HEIGHT, build_rows(lines, blocks))
        assert band is not None and band[1] < 125 < band[3], remnant


def test_without_a_motto_the_band_is_found_around_what_is_left_of_the_date_line():
    lines, blocks = _page([], "Mỹ Tho, SN 12 2009")
    band = ocr_blanks.date_band(WIDTH, HEIGHT, build_rows(lines, blocks))
    assert band is not None and band[1] < 125 and band[3] > 138 and band[0] < 330
    # no motto and nothing of a date: no band (nothing is read again)
    lines, blocks = _page([], "KẾ HOẠCH NĂM")
    assert ocr_blanks.date_band(WIDTH, HEIGHT, build_rows(lines, blocks)) is None
    # a comma and a year in the body, past the header, is no date line
    lines = [_line(90, 70, "ỦY BAN NHÂN DÂN"), _line(330, 500, "Hà Nội, năm 2020")]
    assert ocr_blanks.date_band(WIDTH, HEIGHT, build_rows(lines, [1, 2])) is None


@pytest.mark.parametrize("read, expected", [
    (["Thái Nguyên, rígày' 10 tháng 6 năm 2014"], "Thái Nguyên, ngày 10 tháng 6 năm 2014"),
    (["Thái Nguyên,rigày 10 tháng 6 năm 2014"], "Thái Nguyên, ngày 10 tháng 6 năm 2014"),
    (["Thừa Thiên Huế, ngày 11 tháng 8 năm", "2011 KG"], "Thừa Thiên Huế, ngày 11 tháng 8 năm 2011"),
    (["3210/QĐ-UBND Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm", "2014"], "Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014"),
])
def test_what_the_seal_spoilt_of_the_date_words_is_mended(monkeypatch, read, expected):
    lines, blocks = _page(["CỘNG HÒA XÃ HỘI", "Độc lập - Tự do"], "Thái, SN 2018")
    rows = build_rows(lines, blocks)
    monkeypatch.setattr(ocr, "region_words", lambda *args, **kw: [_line(330, 125 + 16 * k, t) for k, t in enumerate(read)])
    assert ocr_blanks.date_under_seal("x.pdf", 0, WIDTH, HEIGHT, rows, lines, blocks)
    assert expected in _date_lines(lines) and len(lines) == len(blocks)


@pytest.mark.parametrize("read", [
    ["Thái Nguyên, ngày,Z7 tháng 9 năm 2024"],  # the day itself spoilt: unknown, not guessed
    ["Thái Nguyên, 12345 10 tháng 6 năm 2014"],  # digits where "ngày" stood: not a day word
    ["Tuyên Quang, ngày 28 tháng 4 năm", "2/27"],  # no year on the next line
    ["Thái Nguyên, ngày 10 tháng 6 năm", "Căn cứ 2014"],  # the next line does not start with the year
])
def test_what_cannot_be_mended_is_left_as_read(monkeypatch, read):
    lines, blocks = _page(["CỘNG HÒA XÃ HỘI", "Độc lập - Tự do"], "Thái, SN 2018")
    rows = build_rows(lines, blocks)
    before = [[w.text for w in line] for line in lines]
    monkeypatch.setattr(ocr, "region_words", lambda *args, **kw: [_line(330, 125 + 16 * k, t) for k, t in enumerate(read)])
    assert not ocr_blanks.date_under_seal("x.pdf", 0, WIDTH, HEIGHT, rows, lines, blocks)
    assert [[w.text for w in line] for line in lines] == before


def test_a_day_the_page_pass_read_otherwise_is_not_taken(monkeypatch):
    # the page pass read "ngày 05 tháng 9" (the seal took the year); the band reads day 03: no date
    lines, blocks = _page(["CỘNG HÒA XÃ HỘI", "Độc lập - Tự do"], "Lạng Sơn, ngày 05 tháng 9 nđi)' 018")
    rows = build_rows(lines, blocks)
    monkeypatch.setattr(ocr, "region_words", lambda *args, **kw: [_line(330, 125, "Lạng Sơn, ngày 03 tháng 9 năm 2018")])
    assert not ocr_blanks.date_under_seal("x.pdf", 0, WIDTH, HEIGHT, rows, lines, blocks)
    # the same day and month: the band's whole line is taken
    monkeypatch.setattr(ocr, "region_words", lambda *args, **kw: [_line(330, 125, "Lạng Sơn, ngày 05 tháng 9 năm 2018")])
    assert ocr_blanks.date_under_seal("x.pdf", 0, WIDTH, HEIGHT, rows, lines, blocks)
    assert "Lạng Sơn, ngày 05 tháng 9 năm 2018" in _date_lines(lines)


def test_a_year_a_narrow_column_put_on_the_next_row_is_a_whole_date(monkeypatch):
    lines, blocks = _page(["CỘNG HÒA XÃ HỘI", "Độc lập - Tự do"], "Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm")
    lines.append(_line(400, 141, "2014"))
    blocks.append(2)
    rows = build_rows(lines, blocks)
    monkeypatch.setattr(ocr, "region_words", lambda *args, **kw: pytest.fail("read again"))
    assert not ocr_blanks.date_under_seal("x.pdf", 0, WIDTH, HEIGHT, rows, lines, blocks)
