"""Bodies cut or merged in conventions met again in the tuning halves (made-up texts): a gazette
annex's body cells wrapped over lines and carried over a page ("..., cơ" / page / "quan, ..."),
"tổ chức" as one more kind in Decree 30's "cơ quan, tổ chức có liên quan", a named body and the
kinds concerned with the comma lost, a facility kind ("cơ sở khám bệnh, chữa bệnh") after a named
body, and the heads of units a closing article lists last ("và Trưởng các ban, đơn vị ...")."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.tasktables import KIND_FIRST_SYLLABLE_EXAMPLES
from plankb.extractors.tasktables import Cell, _body_runs
from tests.conftest import check_assignments


def _runs(cell: str) -> list[str]:
    text = "x\n" + cell + "\nKết quả"
    return [c.text for c in _body_runs(text, Cell(cell, 2, 2 + len(cell)))]


@pytest.mark.parametrize(("cell", "name"), KIND_FIRST_SYLLABLE_EXAMPLES)
def test_a_kind_cut_at_its_first_syllable_names_no_one(cell, name):
    assert " ".join(_runs(cell)) == name


def test_cell_lines_joined_and_split_at_a_name_on_two_lines():
    # "Các Bộ, ngành Ủy" / "ban nhân dân cấp tỉnh": the next body's head stands over a line break
    assert _runs("Các Bộ, ngành Ủy \nban nhân dân cấp \ntỉnh") == ["Các Bộ, ngành", "Ủy ban nhân dân cấp tỉnh"]
    # a verb whose object is a body: "... trình" / "Hội đồng nhân dân" is one cell, one body
    assert _runs("Ủy ban nhân dân cấp tỉnh trình \nHội đồng nhân dân cùng cấp") == [
        "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp"
    ]


def test_a_facility_kind_after_a_named_body_is_a_body_of_its_own():
    from plankb.extractors.fields.assignments import _new_body_after_comma

    assert _new_body_after_comma("Sở Y tế", "cơ sở khám bệnh, chữa bệnh")
    assert _new_body_after_comma("cơ sở khám bệnh, chữa bệnh", "cơ quan, đơn vị liên quan")
    assert not _new_body_after_comma("cơ sở khám bệnh", "chữa bệnh")
    assert not _new_body_after_comma("Các sở", "cơ sở khám bệnh")


def test_kinds_concerned_after_a_name_whose_comma_was_lost():
    assert _runs("Sở Y tế cơ \nquan, đơn vị liên \nquan") == ["Sở Y tế", "cơ quan, đơn vị liên quan"]
    # after "các" the kinds are what "các" counts, no cut
    assert _runs("Bộ Tài chính, các \ncơ quan có liên \nquan") == ["Bộ Tài chính, các cơ quan có liên quan"]


PLAN = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 41/KH-UBND
An Lạc, ngày 12 tháng 5 năm 2025

KẾ HOẠCH
Nâng cao chất lượng khám bệnh, chữa bệnh bảo hiểm y tế

III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì, phối hợp với Sở Tài chính, các sở, ngành, cơ quan, tổ chức có liên quan xây dựng đề án.
2. Giao Sở Nội vụ, Ủy ban nhân dân cấp huyện, cơ quan, tổ chức, đơn vị có liên quan triển khai thực hiện.
3. Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế, cơ sở khám bệnh, chữa bệnh, cơ quan, đơn vị liên quan rà soát hồ sơ.
"""


def test_organisations_concerned_end_the_list(nlp):
    check_assignments(
        PLAN,
        ["Sở Y tế", "Sở Tài chính", "Sở Nội vụ", "Ủy ban nhân dân cấp huyện"],
        ["các sở, ngành, cơ quan", "Ủy ban nhân dân cấp huyện, cơ quan", "Sở Y tế, cơ sở khám bệnh, chữa bệnh",
         "cơ sở khám bệnh, chữa bệnh, cơ quan, đơn vị liên quan"],
        nlp,
    )


DECISION = """BAN THƯỜNG VỤ TỈNH ĐOÀN AN LẠC
Số: 88-QĐ/TĐTN-VP
An Lạc, ngày 03 tháng 4 năm 2025

QUYẾT ĐỊNH
V/v thành lập Hội đồng thẩm định đề tài khoa học năm 2025

Điều 1. Thành lập Hội đồng thẩm định đề tài khoa học năm 2025.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Văn phòng Tỉnh đoàn, Hội đồng Khoa học Tỉnh đoàn và Trưởng các ban, đơn vị có liên quan căn cứ Quyết định thi hành./.
"""


def test_heads_of_units_listed_last_are_a_body_of_their_own(nlp):
    check_assignments(
        DECISION,
        ["Văn phòng Tỉnh đoàn", "Hội đồng Khoa học Tỉnh đoàn"],
        ["Hội đồng Khoa học Tỉnh đoàn và Trưởng các ban, đơn vị có liên quan"],
        nlp,
    )

