"""A People's Council resolution's closing: "các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh"
is the council's delegates, in groups and singly, one body."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.bodies import DELEGATES_WITH_AND_EXAMPLES
from tests.conftest import extract_text

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN LẠC\tĐộc lập - Tự do - Hạnh phúc
Số: 15/2025/NQ-HĐND\tAn Lạc, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT
Quy định mức hỗ trợ

HỘI ĐỒNG NHÂN DÂN TỈNH AN LẠC

QUYẾT NGHỊ:

Điều 1. Quy định mức hỗ trợ cho người lao động.

Điều 2. Tổ chức thực hiện
{clause}

CHỦ TỊCH

Nguyễn Văn A
"""


@pytest.mark.parametrize(("clause", "expected"), DELEGATES_WITH_AND_EXAMPLES)
def test_delegates_in_groups_and_singly_are_one_body(clause, expected, nlp):
    found = [a.body for a in extract_text(RESOLUTION.format(clause=clause), nlp).assignments]
    assert found == expected
