"""Decree 30's closing article of a ministry's decision: the head of the issuer's office or inspectorate,
named bare and first, is a body of its own; other bare titles share the name that ends their list."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.tasktables import TITLE_LIST_EXAMPLES
from tests.conftest import extract_text

_HEAD = """BỘ NÔNG SẢN
Số: 77/QĐ-BNS
Hà Nội, ngày 03 tháng 3 năm 2025
QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def _bodies(clause: str, nlp) -> list[str]:
    text = _HEAD + f"Điều 3. {clause} chịu trách nhiệm thi hành Quyết định này./.\n"
    return [a.body for a in extract_text(text, nlp).assignments]


@pytest.mark.parametrize("clause, bodies", TITLE_LIST_EXAMPLES)
def test_title_list_examples(clause, bodies, nlp):
    assert _bodies(clause, nlp) == bodies


def test_the_office_before_the_units_concerned_is_named_alone(nlp):
    # the units concerned stay the closing formula (no one named); the office is a body
    assert _bodies("Chánh Văn phòng, Thủ trưởng các đơn vị có liên quan thuộc Bộ", nlp) == ["Chánh Văn phòng"]


def test_bare_titles_before_other_units_share_the_owner_that_ends_the_list(nlp):
    bodies = _bodies("Trưởng phòng, Giám đốc các Trung tâm thuộc Cục Trồng cây", nlp)
    assert bodies == ["Trưởng phòng, Giám đốc các Trung tâm thuộc Cục Trồng cây"]


def test_a_bare_title_heading_any_unit_is_still_no_body(nlp):
    bodies = _bodies("Giám đốc, Thủ trưởng các đơn vị thuộc Bộ", nlp)
    assert "Giám đốc" not in bodies
