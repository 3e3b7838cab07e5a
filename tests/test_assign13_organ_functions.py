"""An organ named by its functions ("các cơ quan tham mưu, giúp việc của Tỉnh ủy"): the verbs of
its functions are words of its name, not the start of its task."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.bodies import ORGAN_FUNCTION_EXAMPLES
from tests.conftest import extract_text

PLAN = """TỈNH ỦY AN LẠC\tĐẢNG CỘNG SẢN VIỆT NAM
*
Số 48-KH/TU\tAn Lạc, ngày 02 tháng 12 năm 2025

KẾ HOẠCH
Thực hiện Chương trình hành động

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm thực hiện nghiêm túc.

II. TỔ CHỨC THỰC HIỆN
{item}

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Nguyễn Văn A
"""


@pytest.mark.parametrize(("item", "expected"), ORGAN_FUNCTION_EXAMPLES)
def test_the_functions_are_part_of_the_organs_name(item, expected, nlp):
    found = [a.body for a in extract_text(PLAN.format(item=item), nlp).assignments]
    assert found == expected
