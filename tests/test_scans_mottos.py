"""A motto OCR read with a wrong mark ("ĐOÀN TNCS HÒ CHÍ MINH") is still a motto, never the issuer."""

from __future__ import annotations

import pytest
from conftest import extract_text

from plankb.extractors.layout import _motto_of

OCR_HEADER = """BCH ĐOÀN TỈNH BÌNH PHƯỚC
Số: 12-KH/TĐTN-TNTH
ĐOÀN TNCS HÒ CHÍ MINH
Bình Phước, ngày 04 tháng 9 năm 2025

KẾ HOẠCH
Tổ chức tháng thanh niên năm 2026
"""


@pytest.mark.parametrize("line", ["đoàn tncs hò chí minh", "cộng hoà xã hội chủ nghĩa việt nam", "đảng cộng sản việt nam", "độc lập - tự do - hạnh phủc"])
def test_a_motto_with_a_misread_mark_is_a_motto(line):
    assert _motto_of(line)[0]


@pytest.mark.parametrize("line", ["đoàn thanh niên xã phúc thịnh", "ban chấp hành đoàn tỉnh", "hội nông dân việt nam"])
def test_other_lines_are_not(line):
    assert not _motto_of(line)[0]


def test_the_issuer_is_the_body_not_the_misread_motto(nlp):
    record = extract_text(OCR_HEADER, nlp)
    assert record.issuer.name == "Ban Chấp hành Đoàn tỉnh Bình Phước"
