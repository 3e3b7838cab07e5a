"""Lists of whole documents (session 12): conventions met on documents from outside the shared
sets, checked on made-up texts written in them."""

from __future__ import annotations

from tests.conftest import check_assignments, extract_text

DECISION = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 45/QĐ-UBND
An Lạc, ngày 10 tháng 4 năm 2024

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tư pháp; UBND các huyện và các tổ chức{sep} cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""


def test_closing_formula_pair_without_its_comma_names_no_one(nlp) -> None:
    # Decree 30's closing formula "các tổ chức, cá nhân có liên quan" with its comma dropped
    for sep in (",", ""):
        check_assignments(DECISION.format(sep=sep), ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Tư pháp", "UBND các huyện"],
                          ["các tổ chức cá nhân có liên quan", "các tổ chức, cá nhân có liên quan"], nlp)


MINISTRIES = """THỦ TƯỚNG CHÍNH PHỦ
Số: 12/2011/QĐ-TTg
Hà Nội, ngày 18 tháng 3 năm 2011

QUYẾT ĐỊNH
Về việc hỗ trợ hộ nghèo về nhà ở

THỦ TƯỚNG CHÍNH PHỦ

QUYẾT ĐỊNH:

Điều 1. Hỗ trợ hộ nghèo về nhà ở.
Điều 2. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này.
"""


def test_one_head_for_both_peers_of_the_ministries_keeps_them_one_kind(nlp) -> None:
    rec = extract_text(MINISTRIES, nlp)
    bodies = [a.body for a in rec.assignments]
    assert bodies[0] == "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ"
    assert len(bodies) == 2


NEWS = """Đại hội Mặt trận cấp xã hoàn thành trước tháng 3.2024. Đại hội cấp huyện sẽ hoàn thành trong tháng 5.2024.
"""


def test_press_month_and_year_with_a_dot(nlp) -> None:
    rec = extract_text(NEWS, nlp)
    assert [d.date for d in rec.deadlines] == ["2024-03", "2024-05"]
