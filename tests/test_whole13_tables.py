"""An organ named by its head and its owner in a task table read from a PDF's text layer
("Ban Tuyên giáo Tỉnh ủy", "Văn phòng UBND tỉnh", "Thường trực HĐND huyện"): one body, not the
head and the owner as two (made-up texts in the convention's form)."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.tasktables import ORGAN_EXAMPLES
from plankb.extractors.tasktables import Cell, _body_runs
from tests.conftest import check_assignments


@pytest.mark.parametrize(("cell", "bodies"), ORGAN_EXAMPLES)
def test_organ_and_owner_one_body(cell, bodies):
    assert [c.text for c in _body_runs(cell, Cell(cell, 0, len(cell)))] == bodies


PARTY_PLAN_WITH_TABLE = """TỈNH ỦY BÌNH NAM
*
Số: 88-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Bình Nam, ngày 12 tháng 5 năm 2024

KẾ HOẠCH
thực hiện Kết luận của Bộ Chính trị về công tác dân vận

PHỤ LỤC
NHIỆM VỤ CỤ THỂ
STT
Nội dung
Cơ quan
chủ trì
Cơ quan
phối hợp
Thời gian
hoàn thành
1.
Tổ chức hội nghị quán triệt Kết luận
đến cán bộ chủ chốt
Ban Tuyên giáo Tỉnh ủy
Văn phòng UBND tỉnh
Tháng 6/2024
2.
Giám sát việc thực hiện quy chế dân chủ
ở cơ sở
Thường trực HĐND tỉnh
Ủy ban MTTQ Việt Nam tỉnh
Tháng 10/2024
"""


def test_pdf_table_organs_whole(nlp):
    check_assignments(
        PARTY_PLAN_WITH_TABLE,
        ["Ban Tuyên giáo Tỉnh ủy", "Văn phòng UBND tỉnh", "Thường trực HĐND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"],
        ["Ban Tuyên giáo", "Văn phòng", "Thường trực", "Ủy ban", "Tỉnh ủy", "UBND tỉnh", "HĐND tỉnh"],
        nlp,
    )


PARTY_PLAN_CELLS = """ĐẢNG BỘ TỈNH BÌNH NAM
HUYỆN ỦY TÂN LẬP
*
Số 31-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lập, ngày 08 tháng 7 năm 2025

KẾ HOẠCH
tổng kết công tác xây dựng Đảng năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Đánh giá đúng kết quả đạt được.

II. TỔ CHỨC THỰC HIỆN
1. Ban Tổ chức Huyện ủy chủ trì, hướng dẫn các chi, đảng bộ trực thuộc tổng kết.
2. Ban Tuyên giáo Huyện ủy định hướng công tác thông tin, tuyên truyền.
3. Các chi, đảng bộ trực thuộc xây dựng báo cáo, gửi về Ban Thường vụ Huyện ủy trước ngày 15/11/2025.

Nơi nhận:
- Các chi, đảng bộ trực thuộc,
- Lưu Văn phòng Huyện ủy.

T/M BAN THƯỜNG VỤ
BÍ THƯ
Nguyễn Văn Tâm
"""


def test_party_cells_and_committees_named_together(nlp):
    # "các chi, đảng bộ": "chi bộ" shortened before "đảng bộ", one list of Party bodies given a task;
    # "định hướng" is the Party's propaganda organ's task, not a word of its name
    check_assignments(
        PARTY_PLAN_CELLS,
        ["Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Các chi, đảng bộ trực thuộc"],
        ["Ban Tuyên giáo Huyện ủy định hướng công tác thông tin", "Ban Thường vụ Huyện ủy", "Văn phòng Huyện ủy"],
        nlp,
    )
