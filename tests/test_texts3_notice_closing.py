"""A notice's closing, "X thông báo để A; B biết, triển khai thực hiện": A and B are given the task
after "biết" (read without tone marks, which scans misread); informed only, they are given nothing."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.bodies import NOTICE_CLOSING_EXAMPLES
from tests.conftest import extract_text

NOTICE_OPENING = """TỈNH ỦY AN LẠC\tĐẢNG CỘNG SẢN VIỆT NAM
*
Số 348-TB/TU\tAn Lạc, ngày 22 tháng 8 năm 2025

THÔNG BÁO
Về thời gian tổ chức hội nghị

Hội nghị tổ chức trong 02 ngày.

"""
SIGNATURE = """

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Nguyễn Văn A
"""


@pytest.mark.parametrize("closing, expected", NOTICE_CLOSING_EXAMPLES)
def test_a_notice_closing_gives_its_bodies_the_task(closing, expected, nlp):
    assignments = extract_text(NOTICE_OPENING + closing + SIGNATURE, nlp).assignments
    assert [a.body for a in assignments] == expected
    assert all(a.task and a.task.startswith(("triển khai", "thực hiện", "phối hợp")) for a in assignments)


def test_the_role_follows_what_they_are_to_do(nlp):
    closing = "Văn phòng Tỉnh ủy thông báo để Sở Nội vụ biết, phối hợp thực hiện."
    [only] = extract_text(NOTICE_OPENING + closing + SIGNATURE, nlp).assignments
    assert (only.body, only.role) == ("Sở Nội vụ", "coordinate")
