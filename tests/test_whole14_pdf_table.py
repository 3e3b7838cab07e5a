"""A task table read from a gazette PDF's text layer whose narrow columns print a cell a few words a
line (made-up text in the convention's form): the time heading's words broken one per line
("Thời" / "hạn" / "hoàn thành"); names going on over lines ("Thanh" / "tra" / "Chính phủ,", "Bộ" /
"Khoa học" / "và công" / "nghệ"); organisations named by their initials in a list ("PCPNN," /
"VTV, VOV,"); the table's lines are read as cells, not as prose or headings."""

from __future__ import annotations

import pytest

from plankb.extractors.tasktables import _goes_on, _pdf_rows, pdf_table_spans
from plankb.extractors.text import normalize
from tests.conftest import check_assignments

PROGRAMME = """CHÍNH PHỦ
Số: 31/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2026
NGHỊ QUYẾT
Ban hành Chương trình hành động về công tác văn thư
CHÍNH PHỦ
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn An

PHỤ LỤC
DANH MỤC NHIỆM VỤ
TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ
quan
phối hợp
Kết quả
Thời
hạn
hoàn thành
1.
Rà soát, sửa đổi quy định về công tác văn thư
và lưu trữ trong các cơ quan nhà nước.
Bộ
Nội
vụ
Thanh
tra
Chính phủ,
Bộ
Khoa học
và công
nghệ
Nghị định
Năm 2026
2.
Tuyên truyền về công tác văn thư trên các phương
tiện thông tin đại chúng của cả nước.
Bộ Nội vụ
Ủy
ban Thông tin
về văn thư
TW,
VTV, VOV,
TTXVN
Chương trình
Thực
hiện
thường
xuyên.
"""


def test_time_heading_broken_word_by_word_opens_the_table():
    rows = _pdf_rows(normalize(PROGRAMME))
    cells = [(role, cell.text) for row in rows for role, cell in row.bodies]
    assert ("lead", "Bộ Nội vụ") in cells
    assert ("coordinate", "Thanh tra Chính phủ") in cells
    assert ("coordinate", "Bộ Khoa học và công nghệ") in cells
    assert ("coordinate", "Ủy ban Thông tin về văn thư TW, VTV, VOV, TTXVN") in cells


@pytest.mark.parametrize(("pieces", "piece", "goes_on"), [
    (["Thanh", "tra"], "Chính phủ,", True),  # "Thanh tra" heads a name still to come
    (["về các", "tổ chức"], "PCPNN,", True),  # an abbreviation and its comma: an item of the list
    (["Bộ Nội vụ"], "Ủy ban nhân dân tỉnh", False),  # the next column's cell
    (["Sở Tài chính"], "UBND tỉnh", False),  # initials opening a cell, not an item before a comma
    (["Các cơ quan", "thành", "viên", "trong Ủy ban"], "Quyết định của", False),  # a type name opens the result's cell
    (["Ủy ban"], "Thường vụ Quốc hội", True),  # the head's name going on
    (["Báo cáo kết quả thực hiện, gửi"], "Kế hoạch số 12/KH-BNV", True),  # after an open end, whatever follows
])
def test_cell_lines(pieces, piece, goes_on):
    assert _goes_on(pieces, piece) is goes_on


def test_bodies_of_the_broken_cells(nlp):
    check_assignments(
        PROGRAMME,
        ["Bộ Nội vụ", "Thanh tra Chính phủ", "Bộ Khoa học và Công nghệ", "VTV", "VOV", "TTXVN"],
        ["Thanh tra", "Bộ Khoa học", "Bộ Nội", "Ủy ban Thông tin về văn thư TW, VTV, VOV, TTXVN"],
        nlp,
    )


def test_table_lines_are_not_prose():
    pt = normalize(PROGRAMME)
    spans = pdf_table_spans(pt)
    assert len(spans) == 1
    start, end = spans[0]
    assert pt.text[start:end].startswith("1.") and pt.text[start:end].rstrip().endswith("xuyên.")
