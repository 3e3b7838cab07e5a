"""A Party document naming its organ under the type name ("THÔNG BÁO" / "CỦA BAN CHẤP HÀNH ĐẢNG BỘ
TỈNH" / "Về nội dung, ..."): the summary is the organ's line and the subject's, as printed, even
with blank lines between them (ANNOTATION.md: the lines under the type name, joined)."""

from __future__ import annotations

import re

import pytest

from plankb.extractors.patterns.layout_markers import ORGAN_UNDER_TYPE, ORGAN_UNDER_TYPE_EXAMPLES, SUBJECT_OPENER
from tests.conftest import extract_text

PARTY_HEADER = """TỈNH ỦY AN LẠC\tĐẢNG CỘNG SẢN VIỆT NAM
*
Số 348-TB/TU\tAn Lạc, ngày 22 tháng 8 năm 2025

"""
BODY = """- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;

Ban Chấp hành Đảng bộ tỉnh thông báo như sau:

1. Nội dung Đại hội: tổng kết nhiệm kỳ.

T/M BAN CHẤP HÀNH
BÍ THƯ

Nguyễn Văn A
"""


@pytest.mark.parametrize("block, title", ORGAN_UNDER_TYPE_EXAMPLES)
def test_the_organ_under_the_type_name_and_the_subject_are_the_summary(block, title, nlp):
    assert extract_text(PARTY_HEADER + block + BODY, nlp).title == title


def test_the_pieces():
    assert re.match(ORGAN_UNDER_TYPE, "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH") and re.match(ORGAN_UNDER_TYPE, "của Ban Thường vụ")
    assert not re.match(ORGAN_UNDER_TYPE, "Công tác dân vận")
    assert re.match(SUBJECT_OPENER, "Về nội dung, thời gian") and re.match(SUBJECT_OPENER, "V/v tổ chức")
    assert not re.match(SUBJECT_OPENER, "Vệ sinh an toàn thực phẩm") and not re.match(SUBJECT_OPENER, "Thực hiện Quy định")
