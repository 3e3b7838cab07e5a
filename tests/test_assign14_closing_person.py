"""Decree 30's closing article of a decision on one person names the minister of a named ministry
("Bộ trưởng Bộ Nội vụ") and the person ("và ông Nguyễn Văn A") beside the bodies: each is given
the execution, the person apart from the body before "và"."""

from __future__ import annotations

from tests.conftest import extract_text

DECISION = """THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 101/QĐ-TTg\tHà Nội, ngày 05 tháng 3 năm 2026

QUYẾT ĐỊNH
Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa An

THỦ TƯỚNG CHÍNH PHỦ

QUYẾT ĐỊNH:

Điều 1. Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa An đối với ông Trần Văn Bình.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Bộ trưởng Bộ Tư pháp, Ủy ban nhân dân tỉnh Hòa An và ông Trần Văn Bình chịu trách nhiệm thi hành Quyết định này./.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Lê Văn Cường
"""


def test_minister_and_named_person_in_closing_article(nlp):
    bodies = [a.body for a in extract_text(DECISION, nlp).assignments]
    assert bodies == ["Bộ trưởng Bộ Tư pháp", "Ủy ban nhân dân tỉnh Hòa An", "ông Trần Văn Bình"]


def test_minister_beside_the_bodies_concerned(nlp):
    # no person named: the minister and the province still apart, the catch-all left out
    text = DECISION.replace("và ông Trần Văn Bình", "và các cơ quan có liên quan")
    bodies = [a.body for a in extract_text(text, nlp).assignments]
    assert "ông Trần Văn Bình" not in bodies
    assert bodies[:2] == ["Bộ trưởng Bộ Tư pháp", "Ủy ban nhân dân tỉnh Hòa An"]


def test_a_place_named_ba_is_no_person(nlp):
    text = DECISION.replace("Ủy ban nhân dân tỉnh Hòa An và ông Trần Văn Bình", "Ủy ban nhân dân các tỉnh Đồng Nai và Bà Rịa Vũng Tàu")
    bodies = [a.body for a in extract_text(text, nlp).assignments]
    assert "Bà Rịa Vũng Tàu" not in bodies
