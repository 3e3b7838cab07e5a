"""A board of the Party's Central Committee alone on its line under "BAN CHẤP HÀNH TRUNG ƯƠNG" is
named with it (Guidance 36-HD/VPTW): "Văn phòng Trung ương Đảng", "Ủy ban Kiểm tra Trung ương"."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text

HEADER = """ĐẢNG CỘNG SẢN VIỆT NAM
BAN CHẤP HÀNH TRUNG ƯƠNG
{board}
*
Số 12-HD/{code}
Hà Nội, ngày 5 tháng 3 năm 2024

HƯỚNG DẪN
Thực hiện công tác lưu trữ

Thực hiện Quy định của Ban Bí thư, {board_case} hướng dẫn như sau:
"""


@pytest.mark.parametrize(("board", "code", "issuer"), [
    ("VĂN PHÒNG", "VPTW", "Văn phòng Trung ương Đảng"),
    ("ỦY BAN KIỂM TRA", "UBKTTW", "Ủy ban Kiểm tra Trung ương"),
    ("BAN TUYÊN GIÁO", "BTGTW", "Ban Tuyên giáo Trung ương"),
])
def test_a_central_board_alone_on_its_line_is_named_with_the_central_committee(board, code, issuer, nlp):
    record = extract_text(HEADER.format(board=board, code=code, board_case=board.capitalize()), nlp)
    assert record.issuer is not None and record.issuer.name == issuer
