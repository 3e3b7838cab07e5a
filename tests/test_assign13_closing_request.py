"""A directive's closing request to carry out the document itself ("Yêu cầu ...; Thủ trưởng các cơ
quan, đơn vị có liên quan triển khai thực hiện nghiêm túc Chỉ thị này") is Decree 30's closing
formula: the bodies it names are asked, its kinds concerned name no one."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text

DIRECTIVE = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN LẠC\tĐộc lập - Tự do - Hạnh phúc
Số: 05/CT-UBND\tAn Lạc, ngày 02 tháng 12 năm 2025

CHỈ THỊ
Về tăng cường bảo vệ rừng

1. Sở Nông nghiệp và Môi trường chủ trì kiểm tra việc bảo vệ rừng.

{closing}

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
"""


@pytest.mark.parametrize(("closing", "expected"), [
    ("Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện; Thủ trưởng các cơ quan, đơn vị có liên "
     "quan triển khai thực hiện nghiêm túc Chỉ thị này./.",
     ["Sở Nông nghiệp và Môi trường", "Giám đốc các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các huyện"]),
    # a task of its own, not the formula: the bodies concerned are asked
    ("Đề nghị các cơ quan, đơn vị có liên quan phối hợp kiểm tra việc bảo vệ rừng.",
     ["Sở Nông nghiệp và Môi trường", "các cơ quan, đơn vị có liên quan"]),
])
def test_the_closing_formula_names_no_catch_all(closing, expected, nlp):
    found = [a.body for a in extract_text(DIRECTIVE.format(closing=closing), nlp).assignments]
    assert found == expected
