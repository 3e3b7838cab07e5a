"""Assignments in conventions met on documents from outside the shared sets (session 11, lists
of whole documents); made-up texts written in those conventions."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.bodies import NAMES_WITH_AND_EXAMPLES
from tests.conftest import check_assignments, extract_text

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


PLAN = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 30/KH-UBND
An Lạc, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Rà soát hồ sơ người có công

I. MỤC ĐÍCH
Rà soát đúng đối tượng.

II. TỔ CHỨC THỰC HIỆN
"""


def test_a_body_directed_to_lead(nlp):
    # "X chỉ đạo Y chủ trì, phối hợp với ...": Y leads, its named partners work with it
    text = PLAN + ("1. Ủy ban nhân dân các huyện chỉ đạo Phòng Nội vụ chủ trì, phối hợp với Sở Y tế, "
                   "Hội Cựu chiến binh tỉnh rà soát hồ sơ.\n")
    check_assignments(text, ["Ủy ban nhân dân các huyện", "Phòng Nội vụ", "Sở Y tế", "Hội Cựu chiến binh tỉnh"], [], nlp)


def test_partners_of_a_directed_lead_are_named_ones(nlp):
    # "... phối hợp với các sở, ngành liên quan": how the task is done, no partner named
    text = PLAN + "1. Ủy ban nhân dân các huyện chỉ đạo Phòng Nội vụ chủ trì, phối hợp với các sở, ngành liên quan rà soát hồ sơ.\n"
    check_assignments(text, ["Phòng Nội vụ"], ["các sở, ngành liên quan"], nlp)


def test_a_kind_heading_the_partners_list(nlp):
    # "phối hợp với các cơ quan chức năng: Sở Y tế, ...": the kind heads the names, each a partner
    text = PLAN + ("1. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan chức năng: Sở Y tế, "
                   "Bộ Chỉ huy quân sự tỉnh rà soát hồ sơ.\n")
    check_assignments(text, ["Sở Y tế", "Bộ Chỉ huy quân sự tỉnh"], ["các cơ quan chức năng: Sở Y tế"], nlp)


def test_a_steering_board_is_not_a_verb(nlp):
    # "Ban Chỉ đạo các cấp ...": the board's name, not "chỉ đạo" directing the words after it
    text = PLAN + "1. Tổ chức triển khai kế hoạch của Ban Chỉ đạo tỉnh và Ban Chỉ đạo các huyện chủ trì, phối hợp với Sở Y tế.\n"
    check_assignments(text, [], ["các huyện"], nlp)


def test_kinds_concerned_name_no_one_as_partners_or_in_the_closing_formula(nlp):
    # "phối hợp với các sở, ngành, cơ quan liên quan" and "Thủ trưởng các Ban, ngành liên quan
    # của tỉnh chịu trách nhiệm thi hành": whichever kinds are listed, no body is named
    text = PLAN + ("1. Sở Tài chính chủ trì, phối hợp với các sở, ngành, cơ quan liên quan bố trí kinh phí.\n\n"
                   "2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Thủ trưởng các Ban, ngành "
                   "liên quan của tỉnh chịu trách nhiệm thi hành Kế hoạch này.\n")
    check_assignments(text, ["Sở Tài chính"], ["các sở, ngành, cơ quan liên quan", "Thủ trưởng các Ban, ngành liên quan của tỉnh"], nlp)


def test_kinds_concerned_asked_by_a_notice_are_kept(nlp):
    # "thông báo để các Bộ, cơ quan liên quan biết, thực hiện": asked by the notice, kept
    text = """VĂN PHÒNG CHÍNH PHỦ
Số: 123/TB-VPCP
Hà Nội, ngày 05 tháng 3 năm 2024

THÔNG BÁO
Ý kiến kết luận về chế độ trợ cấp

Bộ Lao động - Thương binh và Xã hội hướng dẫn các địa phương thực hiện chế độ trợ cấp.

Văn phòng Chính phủ xin thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.
"""
    check_assignments(text, ["các Bộ, cơ quan liên quan"], [], nlp)


@pytest.mark.parametrize(("sentence", "name"), NAMES_WITH_AND_EXAMPLES)
def test_fields_joined_by_and_in_a_name(sentence, name, nlp):
    # "Sở Lao động - Thương binh và xã hội chủ trì": "và" before a small letter goes on with a
    # department's name; before any other small word it still ends the name
    bodies = [a.body for a in extract_text(PLAN + "1. " + sentence + "\n", nlp).assignments]
    assert name in bodies, bodies
