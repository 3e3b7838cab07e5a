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


LABEL_LINES = """1. Tổ chức tập huấn cho cán bộ làm công tác pháp chế

- Cơ quan chủ trì: Sở Tư pháp, Sở Nội vụ.

- Cơ quan phối hợp: Ủy ban nhân dân các xã, phường; các cơ quan, đơn vị có liên quan.

- Thời gian hoàn thành: trước ngày 30/6/2024.
"""

FLAT_TABLE = """Bảng nhiệm vụ

|
STT
|
Tên nhiệm vụ
|
Cơ quan chủ trì
|
Cơ quan phối hợp
|
Thời gian hoàn thành
|
|
1
|
Xây dựng cơ sở dữ liệu dùng chung của tỉnh
|
Sở Khoa học và Công nghệ
|
Sở Tài chính; Ủy ban nhân dân các xã, phường
|
Tháng 9/2024
|
"""


def test_label_lines_under_a_task(nlp):
    rec = extract_text(HEAD + LABEL_LINES, nlp)
    roles = [(a.body, a.role) for a in rec.assignments]
    assert ("Sở Tư pháp", "lead") in roles and ("Sở Nội vụ", "lead") in roles
    assert ("Ủy ban nhân dân các xã, phường", "coordinate") in roles
    assert ("các cơ quan, đơn vị có liên quan", "coordinate") in roles
    assert [d.date for d in rec.deadlines] == ["2024-06-30"]


def test_a_table_flattened_one_cell_per_line(nlp):
    rec = extract_text(HEAD + FLAT_TABLE, nlp)
    roles = [(a.body, a.role, a.task) for a in rec.assignments]
    task = "Xây dựng cơ sở dữ liệu dùng chung của tỉnh"
    assert ("Sở Khoa học và Công nghệ", "lead", task) in roles
    assert ("Sở Tài chính", "coordinate", task) in roles
    assert ("Ủy ban nhân dân các xã, phường", "coordinate", task) in roles


def test_the_execution_clause_of_a_decision(nlp):
    text = (
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài chính; Chủ tịch Ủy ban nhân dân "
        "các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    found = bodies(text, nlp)
    for name in ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính",
                 "Chủ tịch Ủy ban nhân dân các huyện, thành phố"):
        assert name in found
