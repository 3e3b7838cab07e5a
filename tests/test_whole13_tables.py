"""Bodies of whole plans in conventions met outside the shared sets (made-up texts in the
conventions' form): an organ named by its head and its owner in a task table read from a PDF's
text layer ("Ban Tuyên giáo Tỉnh ủy", "Văn phòng UBND tỉnh"), one body; the Party's "các chi,
đảng bộ"; partners after manner words ("phối hợp chặt chẽ, quyết liệt với"); a task table a
copy-as-text export flattened into cells joined by " | "."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.bodies import COORDINATION_EXAMPLES
from plankb.extractors.patterns.tasktables import ORGAN_EXAMPLES
from plankb.extractors.tasktables import Cell, _body_runs
from plankb.extractors.text import normalize
from tests.conftest import check_assignments, extract_text


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


@pytest.mark.parametrize(("sentence", "partner"), COORDINATION_EXAMPLES)
def test_partner_after_manner_words(sentence, partner, nlp):
    # "phối hợp chặt chẽ, quyết liệt với X": the manner words between the verb and "với" leave X a partner
    text = "ỦY BAN NHÂN DÂN TỈNH BÌNH NAM\nSố: 12/CV-UBND\n\nKính gửi: Các sở, ngành.\n\n" + sentence + "\n"
    check_assignments(text, [partner], [], nlp)


JOINED_TABLE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH NAM
------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 40/KH-UBND | Bình Nam, ngày 02 tháng 3 năm 2025

KẾ HOẠCH

TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2025

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao hiệu quả quản lý nhà nước.

II. NHIỆM VỤ CỤ THỂ

TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm

1 | Xây dựng kho dữ liệu dùng chung của tỉnh | Sở Khoa học và Công nghệ | Sở Tài chính | Tháng 6/2025 | Kho dữ liệu

2 | Số hóa hồ sơ thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ngành | Tháng 9/2025 | Báo cáo
"""


def test_row_of_cells_joined_by_pipes_is_a_table_row():
    text = normalize(JOINED_TABLE_PLAN).text
    assert "1\tXây dựng kho dữ liệu dùng chung của tỉnh\tSở Khoa học và Công nghệ\tSở Tài chính" in text
    assert "Số: 40/KH-UBND | Bình Nam" in text  # two cells: the header's columns, left to the header reader


def test_task_table_joined_by_pipes(nlp):
    check_assignments(JOINED_TABLE_PLAN, ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Văn phòng UBND tỉnh"], ["Kho dữ liệu"], nlp)
    dates = {d.date for d in extract_text(JOINED_TABLE_PLAN, nlp).deadlines}
    assert {"2025-06", "2025-09"} <= dates, dates


SYSTEM_BODIES_REQUEST = """CHÍNH PHỦ
Số: 30/NQ-CP
Hà Nội, ngày 10 tháng 3 năm 2024

NGHỊ QUYẾT
Về chương trình hành động phát triển vùng

III. TỔ CHỨC THỰC HIỆN

1. Bộ Tư pháp chủ trì xây dựng hồ sơ dự án Luật, trình Quốc hội trong năm 2025.

2. Đề nghị các cơ quan của Đảng, Quốc hội, Mặt trận Tổ quốc Việt Nam phối hợp tuyên truyền Nghị quyết này.
"""


def test_legislature_in_a_list_of_the_system_bodies(nlp):
    # "Quốc hội" after a comma is a body of its own; the body a bill goes to ("trình Quốc hội") is given nothing more
    found = {b.casefold() for b in (a.body for a in extract_text(SYSTEM_BODIES_REQUEST, nlp).assignments)}
    assert {"quốc hội", "các cơ quan của đảng", "mặt trận tổ quốc việt nam", "bộ tư pháp"} <= found, found
    assert "các cơ quan của đảng, quốc hội" not in found


UNION_PLAN = """BCH ĐOÀN HUYỆN BÌNH NAM
***
Số: 12-KH/HĐTN
ĐOÀN TNCS HỒ CHÍ MINH
Bình Nam, ngày 04 tháng 4 năm 2025

KẾ HOẠCH
tổ chức Tháng Thanh niên năm 2025

II. TỔ CHỨC THỰC HIỆN
1. Đoàn các xã, thị trấn xây dựng kế hoạch, báo cáo kết quả về Huyện đoàn trước ngày 30/4/2025.
2. Đoàn trường THPT Bình Nam tổ chức diễn đàn cho đoàn viên.
"""


def test_union_of_a_level_in_small_letters(nlp):
    # "Đoàn" before a level written in small letters ("các xã", "trường") names the Union of that level
    check_assignments(UNION_PLAN, ["Đoàn các xã, thị trấn", "Đoàn trường THPT Bình Nam"], [], nlp)
