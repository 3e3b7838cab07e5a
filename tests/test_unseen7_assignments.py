"""Assignments in conventions met on documents from outside the shared sets (session 11, lists
of whole documents); made-up texts written in those conventions."""

from __future__ import annotations

from tests.conftest import check_assignments

REGULATION = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 12/2024/QĐ-UBND
An Lạc, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Ban hành Quy định trình tự giải quyết hồ sơ hỗ trợ nhà ở

ỦY BAN NHÂN DÂN TỈNH

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định trình tự giải quyết hồ sơ hỗ trợ nhà ở.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

QUY ĐỊNH
Trình tự giải quyết hồ sơ hỗ trợ nhà ở

Điều 4. Đối với người đề nghị hỗ trợ

1. Hộ gia đình: Lập 02 bộ hồ sơ gửi Ủy ban nhân dân xã nơi cư trú.

Điều 5. Đối với các cơ quan nhà nước

1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ, trong thời hạn không quá 10 ngày làm việc có trách nhiệm:

a) Xem xét hồ sơ.

b) Lập văn bản đề nghị.

2. Phòng Tài chính - Kế hoạch: Trong thời hạn không quá 05 ngày làm việc, kiểm tra hồ sơ và trình Ủy ban nhân dân huyện.

3. Kho bạc Nhà nước huyện: Cấp phát kinh phí theo quyết định được duyệt.

Điều 6. Hiệu lực thi hành

Quy định này có hiệu lực kể từ ngày ký.
"""


def test_an_article_for_bodies_over_labelled_clauses(nlp):
    # "Điều 5. Đối với các cơ quan nhà nước" over "1. <body>: <its part>": each body is given its clause
    check_assignments(
        REGULATION,
        ["Ủy ban nhân dân xã, phường, thị trấn", "Phòng Tài chính - Kế hoạch", "Kho bạc Nhà nước huyện"],
        ["Hộ gia đình", "các cơ quan nhà nước"],
        nlp,
    )


def test_an_article_for_persons_is_no_list_of_bodies(nlp):
    # Without the article for bodies, its clauses' labels are not read as bodies given a task
    text = REGULATION.replace("Điều 5. Đối với các cơ quan nhà nước", "Điều 5. Trình tự xem xét hồ sơ")
    check_assignments(text, [], ["Phòng Tài chính - Kế hoạch", "Kho bạc Nhà nước huyện"], nlp)
