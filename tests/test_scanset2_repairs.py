"""Scans damaged as offices' scans are (a seal over the date line, a copier's specks): the OCR
repairs that mend what they leave, and the scan looks bench/synth_scans.py draws (made-up text
and images only)."""

import random
import sys
from pathlib import Path

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
