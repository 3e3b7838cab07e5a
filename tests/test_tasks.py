"""Assignments and deadlines: lists of bodies, task tables, label lines, execution clauses."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text

HEAD = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 12/KH-UBND
An Lạc, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thử nghiệm các quy tắc giao nhiệm vụ

I. MỤC ĐÍCH
Nâng cao chất lượng công tác.

II. TỔ CHỨC THỰC HIỆN
"""


def bodies(text: str, nlp) -> list[str]:
    return [a.body for a in extract_text(HEAD + text, nlp).assignments]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # capitalised bodies after commas are bodies of their own
        ("1. Giao Sở Tư pháp, Sở Nội vụ, Thuế tỉnh chủ trì thực hiện.", ["Sở Tư pháp", "Sở Nội vụ", "Thuế tỉnh"]),
        # lower-case kinds go on with one body
        ("1. Đề nghị các sở, ban, ngành tỉnh triển khai thực hiện.", ["các sở, ban, ngành tỉnh"]),
        # "các" before a body head starts a new one
        ("1. Đề nghị Ban Tổ chức Tỉnh ủy, các cơ quan báo chí của tỉnh tuyên truyền.",
         ["Ban Tổ chức Tỉnh ủy", "các cơ quan báo chí của tỉnh"]),
        # bare kinds share the name at the end of the list
        ("1. Giao các Chi ủy, Chi bộ triển khai thực hiện.", ["các Chi ủy, Chi bộ"]),
        # one office serving two councils
        ("1. Giao Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh theo dõi.",
         ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"]),
        # the functions of one office
        ("1. Giao Phòng Tổ chức cán bộ, Thanh tra và Thi đua khen thưởng tỉnh theo dõi.",
         ["Phòng Tổ chức cán bộ, Thanh tra và Thi đua khen thưởng tỉnh"]),
    ],
)
def test_a_list_of_bodies_is_one_assignment_per_body(sentence, expected, nlp):
    assert bodies(sentence + "\n", nlp) == expected
