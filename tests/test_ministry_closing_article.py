"""Decree 30's closing article of a ministry's decision, addressed to the heads of its units."""

from __future__ import annotations

from tests.conftest import extract_text

_HEAD = """BỘ CÔNG THƯƠNG
Số: 45/QĐ-BCT
Hà Nội, ngày 02 tháng 4 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Quy chế phối hợp
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.
Điều 2. Quyết định này có hiệu lực từ ngày ký.
"""


def _bodies(article: str, nlp) -> list[str]:
    return [a.body for a in extract_text(_HEAD + article + "\n", nlp).assignments]


def test_the_salutation_before_the_colon_is_no_body(nlp):
    bodies = _bodies("Điều 3. Các ông (bà): Chánh Văn phòng Bộ Công Thương, Giám đốc Sở Công Thương các tỉnh "
                     "chịu trách nhiệm thi hành Quyết định này./.", nlp)
    assert bodies[0] == "Chánh Văn phòng Bộ Công Thương"
    assert not any("ông (bà)" in b.lower() for b in bodies)


def test_heads_listed_before_the_units_they_head_are_one_body(nlp):
    bodies = _bodies("Điều 3. Các Ông/Bà: Chánh Văn phòng Bộ Công Thương, Vụ trưởng, Cục trưởng các Vụ, Cục "
                     "trực thuộc Bộ Công Thương chịu trách nhiệm thi hành Quyết định này./.", nlp)
    assert bodies == ["Chánh Văn phòng Bộ Công Thương", "Vụ trưởng, Cục trưởng các Vụ, Cục trực thuộc Bộ Công Thương"]


def test_a_named_department_after_units_still_starts_anew(nlp):
    bodies = _bodies("Điều 3. Chánh Văn phòng Bộ, Cục trưởng các Cục, Sở Công Thương tỉnh Bình An "
                     "chịu trách nhiệm thi hành Quyết định này./.", nlp)
    assert "Sở Công Thương tỉnh Bình An" in bodies
