"""A body told by a clause of place before the verb of its role ("Tỉnh ủy nơi được xác định là
trung tâm chính trị - hành chính ... chủ trì, phối hợp với ..."): the clause is part of its name."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.bodies import WHERE_CLAUSE_EXAMPLES
from tests.conftest import extract_text

OPENING = """BAN TỔ CHỨC TRUNG ƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM
*
Số 21-HD/BTCTW\tHà Nội, ngày 18 tháng 4 năm 2025

HƯỚNG DẪN
Về việc thành lập tổ chức đảng

I. TỔ CHỨC THỰC HIỆN
"""
SIGNATURE = """

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Nguyễn Văn A
"""


@pytest.mark.parametrize("clause, expected", WHERE_CLAUSE_EXAMPLES)
def test_a_clause_of_place_is_part_of_the_name(clause, expected, nlp):
    assignments = extract_text(OPENING + clause + SIGNATURE, nlp).assignments
    assert [a.body for a in assignments] == expected
