"""A fax's streak or a speck before "Số:" reads as a mark; with its colon the line is still the number line."""

import pytest

from plankb.extractors.layout import _NUMBER_LINE
from tests.conftest import extract_text

HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n{number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "An Phú, ngày 02 tháng 3 năm 2021\n\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số\n\nI. MỤC ĐÍCH\n")


@pytest.mark.parametrize("number", ["- Số: 45/KH-UBND", "' Số: 45/KH-UBND", "_Số: 45/KH-UBND", "Số: 45/KH-UBND"])
def test_number_after_a_speck(number, nlp):
    assert extract_text(HEADER.format(number=number), nlp).symbol == "45/KH-UBND"


def test_a_list_item_without_the_colon_is_no_number_line():
    assert not _NUMBER_LINE.match("- Số lượng đơn vị tham gia")
    assert not _NUMBER_LINE.match("- Số 45 đơn vị tham gia")
    assert _NUMBER_LINE.match("- Số: 45/KH-UBND")
