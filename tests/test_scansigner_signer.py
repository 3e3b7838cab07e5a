"""A scan whose seal or signature wiped the signer's name: the title line left is no name (unknown,
not a guess), and the strokes of a signature read before the name give way to it."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text

OPENING = """ỦY BAN NHÂN DÂN
TỈNH AN LẠC
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thử nghiệm chữ ký trên bản quét

1. Các sở, ngành triển khai thực hiện kế hoạch này.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


@pytest.mark.parametrize(
    "block",
    [
        "T/M CƠ QUAN\nTRƯỞNG CƠ QUAN\nj mx |\n",  # the title, the name under the seal
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nÓ CHỦ TỊCH\n«` s8 À\n",  # "PHÓ" half read
        "TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nHÓ BÍ THƯ\n",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TICH\n",  # its tone misread: "Phó" is a family name too
    ],
)
def test_a_title_left_where_the_name_was_is_no_name(nlp, block):
    record = extract_text(OPENING + block, nlp)
    assert record.signer is None or record.signer.name is None
    assert any(w.code == "signer-doubtful" for w in record.warnings)


def test_the_strokes_of_a_signature_give_way_to_the_name_below(nlp):
    record = extract_text(OPENING + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nÀ Pự\n\nHứa Đức Nhị\n", nlp)
    assert record.signer.name == "Hứa Đức Nhị"
    assert record.signer.title is not None


@pytest.mark.parametrize("name", ["Nguyễn Văn An", "Y Biêr Niê", "Trương Văn Bình", "Phó Đức Chính"])
def test_a_name_under_the_title_is_still_read(nlp, name):
    record = extract_text(OPENING + f"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n{name}\n", nlp)
    assert record.signer.name == name


def test_a_second_signature_is_not_the_name_of_the_first(nlp):
    closing = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nY Biêr Niê\nTM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
    record = extract_text(OPENING + closing, nlp)
    assert record.signer.name == "Y Biêr Niê"
