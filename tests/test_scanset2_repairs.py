"""Scans damaged as offices' scans are (a seal over the date line, a copier's specks): the OCR
repairs that mend what they leave, and the scan looks bench/synth_scans.py draws (made-up text
and images only)."""

import random
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from plankb.extractors.readers.ocr_repairs import repair_line

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import synth_scans  # noqa: E402


def test_date_words_damaged_by_a_seal_are_the_date_words():
    assert repair_line("Hải Phòng, ngày 07 thàng 11 nẳm 2023")[0] == "Hải Phòng, ngày 07 tháng 11 năm 2023"
    assert repair_line("Huế, ngày 3 tháng, 9 nám. 2019")[0] == "Huế, ngày 3 tháng 9 năm 2019"


def test_date_words_are_not_guessed():
    # day 35, month 14, a word too far from "tháng", a digit-like sign beside the day: left as read
    for line in ("ngày 35 thang 4 nam 2020", "ngày 5 thang 14 nam 2020", "ngày 5 quyết 4 nam 2020",
                 "từ ngày 5 đến 9 tuần 2020"):
        assert repair_line(line)[0] == line
    fixed, doubtful = repair_line("ngày 2| tháng 4 năm 2020")
    assert "2|" not in fixed or doubtful


def test_specks_standing_alone_go_text_stays():
    assert repair_line("ỦY BAN NHÂN DÂN ¬ `")[0] == "ỦY BAN NHÂN DÂN"
    assert repair_line("'KẾ HOẠCH phòng chống thiên tai")[0] == "KẾ HOẠCH phòng chống thiên tai"
    assert repair_line("Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN ˆ")[0] == "Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN"
    for line in ("Độc lập - Tự do - Hạnh phúc", "giai đoạn 2021 - 2025", "Số: .../KH-UBND", "- Lưu: VT.", "______", "~ ~"):
        assert repair_line(line)[0] == line


def _page() -> Image.Image:
    image = Image.new("L", (400, 300), 255)
    ImageDraw.Draw(image).text((40, 40), "UY BAN NHAN DAN", fill=0)
    return image


def test_new_scan_looks_are_seeded_and_what_they_say():
    office = synth_scans.degrade(_page(), "office", random.Random(3))
    assert office.mode == "RGB"
    assert office.tobytes() == synth_scans.degrade(_page(), "office", random.Random(3)).tobytes()
    fax = synth_scans.degrade(_page(), "fax", random.Random(3))
    assert fax.mode == "1"
    assert synth_scans.dpi_of("fax") == 150 and synth_scans.dpi_of("office") == 200 and synth_scans.dpi_of("clean") == 300
    # the old variants draw nothing new: "clean" is the page as rendered
    assert synth_scans.degrade(_page(), "clean", random.Random(3)).tobytes() == _page().tobytes()


# --- the place-and-date line under a seal (made-up page words) ---------------------------------

from plankb.extractors.readers import ocr, ocr_blanks  # noqa: E402
from plankb.extractors.readers.positioned import Word, build_rows  # noqa: E402
from tests.page_words import HEIGHT, WIDTH  # noqa: E402
from tests.page_words import line_words as _line  # noqa: E402


def _header(date_text: str) -> tuple[list[list[Word]], list[int]]:
    lines = [_line(90, 70, "ỦY BAN NHÂN DÂN"), _line(300, 70, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             _line(330, 88, "Độc lập - Tự do - Hạnh phúc"), _line(90, 120, "Số: 12/KH-UBND"), _line(330, 125, date_text),
             _line(250, 170, "KẾ HOẠCH"), _line(90, 300, "Căn cứ Luật ngày 19 tháng 6 năm 2015;")]
    return lines, [1, 2, 2, 1, 2, 3, 4]


def test_a_date_line_the_seal_took_is_read_again(monkeypatch):
    lines, blocks = _header("Bình Dương, ngày m 2018")
    rows = build_rows(lines, blocks)
    band = ocr_blanks.date_band(WIDTH, HEIGHT, rows)
    assert band is not None and band[1] >= 100 and band[0] < 330 and band[3] < 300
    assert not ocr_blanks.has_whole_date(rows, band)  # the citation lower down is no date line
    read = [_line(300, 125, "3/KH-UBND Bình Dương, ngày 09 tháng 01-năm 2018"), _line(330, 140, "nTNH")]
    monkeypatch.setattr(ocr, "region_words", lambda *args, **kw: read)
    assert ocr_blanks.date_under_seal("x.pdf", 0, WIDTH, HEIGHT, rows, lines, blocks)
    texts = [" ".join(w.text for w in line) for line in lines]
    assert "Bình Dương, ngày 09 tháng 01-năm 2018" in texts  # the number row the band cut is left out
    assert not any("ngày m" in t for t in texts) and len(lines) == len(blocks)


def test_a_date_line_read_whole_is_not_read_again(monkeypatch):
    lines, blocks = _header("Bình Dương, ngày 9 tháng 1 năm 2018")
    rows = build_rows(lines, blocks)
    monkeypatch.setattr(ocr, "region_words", lambda *args, **kw: pytest.fail("read again"))
    assert not ocr_blanks.date_under_seal("x.pdf", 0, WIDTH, HEIGHT, rows, lines, blocks)


def test_a_band_without_a_whole_date_changes_nothing(monkeypatch):
    lines, blocks = _header("Bình Dương, ngày m 2018")
    rows = build_rows(lines, blocks)
    monkeypatch.setattr(ocr, "region_words", lambda *args, **kw: [_line(330, 125, "Bình Dương, ngày 40 tháng 1 năm 2018")])
    before = [[w.text for w in line] for line in lines]
    assert not ocr_blanks.date_under_seal("x.pdf", 0, WIDTH, HEIGHT, rows, lines, blocks)
    assert [[w.text for w in line] for line in lines] == before


def test_a_speck_after_the_signers_name_is_no_part_of_it():
    from plankb.extractors.readers.pdf import _name_words

    name = _name_words(_line(330, 700, "- Phạm Thị Thanh Trà."))
    assert [w.text for w in name] == ["Phạm", "Thị", "Thanh", "Trà"]
    assert _name_words(_line(330, 700, "Tiền Giang, Bến Tre")) is None  # a place and its comma: no name


def test_a_common_family_name_whose_marks_a_stroke_changed():
    from plankb.extractors.readers.pdf import _name_words

    assert [w.text for w in _name_words(_line(330, 700, "` `. Lế Minh Hưng"))] == ["Lê", "Minh", "Hưng"]
    assert [w.text for w in _name_words(_line(330, 700, "Trấn Văn Sơn"))] == ["Trần", "Văn", "Sơn"]
    assert _name_words(_line(330, 700, "Quyết Minh Hưng")) is None  # no family name of those letters


def test_a_deputys_title_in_capitals_is_no_persons_name():
    from plankb.extractors.readers.ocr_consensus import _name_in_capitals

    assert not _name_in_capitals("PHÓ TRƯỞNG BẠN")
    assert not _name_in_capitals("PHÓ CHỦ TỊCH")
    assert _name_in_capitals("PHAN THỊ MAI HOA")
    assert _name_in_capitals("PHÓ ĐỨC MINH")  # "Phó" the family name
