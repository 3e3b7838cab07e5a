"""A rule from the mass14 silver set (Party committees below the province, mass organisations), on
made-up letters in the convention's form: a letter's request that names no one before its task
("Đề nghị báo cáo ...", "Yêu cầu gửi ...") asks the bodies the letter is sent to ("Kính gửi"), the
subject a letter leaves out."""

from __future__ import annotations

from tests.conftest import extract_text

LETTER = """ĐẢNG BỘ TỈNH PHÚ NINH
HUYỆN ỦY AN LÂM
*
Số 45-CV/HU
V/v báo cáo kết quả tự kiểm tra
ĐẢNG CỘNG SẢN VIỆT NAM
An Lâm, ngày 10 tháng 4 năm 2023

Kính gửi: Các chi bộ, đảng bộ cơ sở trực thuộc

Thực hiện Kế hoạch số 12-KH/HU ngày 02/3/2023 của Ban Thường vụ Huyện ủy về kiểm tra, giám sát năm 2023.
{request}

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Trần Văn B
"""


def test_a_request_naming_no_one_asks_the_letters_addressees(nlp):
    rec = extract_text(LETTER.format(request="Đề nghị báo cáo kết quả tự kiểm tra về Ban Thường vụ Huyện ủy trước ngày 20/4/2023."), nlp)
    assert [a.body for a in rec.assignments] == ["Các chi bộ, đảng bộ cơ sở trực thuộc"]


def test_a_request_naming_a_body_asks_that_body_only(nlp):
    rec = extract_text(LETTER.format(request="Đề nghị Ban Tổ chức Huyện ủy tổng hợp kết quả tự kiểm tra trước ngày 20/4/2023."), nlp)
    assert [a.body for a in rec.assignments] == ["Ban Tổ chức Huyện ủy"]


def test_a_request_the_letter_answers_asks_no_one(nlp):
    rec = extract_text(LETTER.format(request="Theo đề nghị của Ủy ban Kiểm tra Huyện ủy, Ban Thường vụ Huyện ủy thông báo lịch kiểm tra."), nlp)
    assert "Các chi bộ, đảng bộ cơ sở trực thuộc" not in [a.body for a in rec.assignments]


def test_party_committees_in_the_plural_are_addressees_too(nlp):
    letter = LETTER.replace("Kính gửi: Các chi bộ, đảng bộ cơ sở trực thuộc", "Kính gửi: Các đảng bộ, chi bộ cơ sở trực thuộc")
    rec = extract_text(letter.format(request="Yêu cầu gửi báo cáo về Văn phòng Huyện ủy trước ngày 20/4/2023."), nlp)
    assert [a.body for a in rec.assignments] == ["Các đảng bộ, chi bộ cơ sở trực thuộc"]
