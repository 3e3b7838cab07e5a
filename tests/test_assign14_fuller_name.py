"""A group of bodies named once in short ("Ban Thường vụ các tỉnh, thành đoàn") and elsewhere in
full ("Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc") is one assignee: the full name stays."""

from __future__ import annotations

from tests.conftest import extract_text

LETTER = """BAN CHẤP HÀNH TRUNG ƯƠNG\tĐOÀN TNCS HỒ CHÍ MINH
Số: 321-CV/TWĐTN-VP\tHà Nội, ngày 05 tháng 5 năm 2026
V/v tổ chức Ngày hội thanh niên khởi nghiệp

Kính gửi: Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc

Ban Bí thư Trung ương Đoàn đề nghị Ban Thường vụ các tỉnh, thành đoàn, Ban Thư ký Hội Sinh viên các tỉnh, thành phố cử cán bộ tham dự Ngày hội.
Ban Bí thư Trung ương Đoàn đề nghị Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc nghiêm túc triển khai thực hiện.

TM. BAN BÍ THƯ
BÍ THƯ

Nguyễn Văn An
"""


def test_short_list_beside_its_full_name_is_one_assignee(nlp):
    bodies = [a.body for a in extract_text(LETTER, nlp).assignments]
    assert "Ban Thường vụ các tỉnh, thành đoàn" not in bodies
    assert "Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc" in bodies
    assert "Ban Thư ký Hội Sinh viên các tỉnh, thành phố" in bodies


def test_short_list_alone_stays(nlp):
    text = LETTER.replace("Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc nghiêm túc", "Ban Thư ký Hội Sinh viên các tỉnh, thành phố nghiêm túc")
    text = text.replace("Kính gửi: Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc", "Kính gửi: Ban Thường vụ các tỉnh, thành đoàn")
    bodies = [a.body for a in extract_text(text, nlp).assignments]
    assert "Ban Thường vụ các tỉnh, thành đoàn" in bodies


def test_a_name_cut_short_after_the_comma_extends_nothing():
    from plankb.extractors.fields.assignments import _fuller_named

    found = [{"body": "Ủy ban nhân dân các tỉnh, thành phố"}, {"body": "Ủy ban nhân dân các tỉnh, thành phố, cơ quan"},
             {"body": "các huyện, thị xã"}, {"body": "các huyện, thị xã, thị xã thuộc tỉnh"}]
    assert [a["body"] for a in _fuller_named(found)] == [
        "Ủy ban nhân dân các tỉnh, thành phố", "Ủy ban nhân dân các tỉnh, thành phố, cơ quan",
        "các huyện, thị xã, thị xã thuộc tỉnh",
    ]


def test_a_list_going_on_with_another_kind_is_a_larger_group():
    from plankb.extractors.fields.assignments import _fuller_named

    found = [{"body": "Các sở, ban, ngành"}, {"body": "Các sở, ban, ngành, huyện, thị xã"}]
    assert [a["body"] for a in _fuller_named(found)] == ["Các sở, ban, ngành", "Các sở, ban, ngành, huyện, thị xã"]
