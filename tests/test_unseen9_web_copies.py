"""How documents reach readers on the web: news leads that tell a document twice, in the passive or
with its number in brackets, and portal copies that lost the type name line. Made-up text written
in those conventions."""

from __future__ import annotations

import pytest

from plankb.extractors.fields.identity import find_announcement
from plankb.extractors.patterns import identity as P
from plankb.extractors.text import normalize
from tests.conftest import extract_text


def _found(page: str):
    found = find_announcement(normalize(page))
    assert found is not None
    return found


# --- a lead that tells the document twice ------------------------------------------------------

def test_restatement_gives_the_date_and_the_body_signed_for():
    page = (
        "(Báo X) - Thường trực Ban Bí thư ký ban hành Kết luận số 301-KL/TW về công tác chuẩn bị đại hội.\n"
        "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Nguyễn Văn Bình ký ban hành Kết luận số 301-KL/TW, "
        "ngày 05/3/2026 về công tác chuẩn bị đại hội.\n"
    )
    found = _found(page)
    assert (found.symbol.text, found.date, found.issuer) == ("301-KL/TW", "2026-03-05", "Bộ Chính trị")


def test_restatement_without_a_clause_of_behalf_keeps_the_subject():
    page = (
        "Ban Thường vụ Huyện ủy Kim Sơn ban hành Chỉ thị số 14-CT/HU về công tác dân vận.\n"
        "Chỉ thị số 14-CT/HU, ngày 02/4/2026 yêu cầu các chi bộ quán triệt. Huyện ủy vừa ban hành Chỉ thị số 14-CT/HU, ngày 02/4/2026.\n"
    )
    found = _found(page)
    assert found.issuer == "Ban Thường vụ Huyện ủy Kim Sơn"
    assert found.date == "2026-04-02"


def test_another_document_told_later_changes_nothing():
    page = (
        "Tỉnh ủy vừa ban hành Chỉ thị số 21-CT/TU về công tác phòng cháy.\n"
        "Thay mặt Ban Thường vụ, Phó Bí thư Lê Văn Ca ký ban hành Kế hoạch số 60-KH/TU, ngày 09/5/2026 về việc khác.\n"
    )
    found = _found(page)
    assert (found.symbol.text, found.date, found.issuer) == ("21-CT/TU", None, "Tỉnh ủy")


# --- the passive: "Kế hoạch do ... ban hành" ----------------------------------------------------

@pytest.mark.parametrize("page, expected", P.PASSIVE_EXAMPLES, ids=lambda x: str(x)[:24])
def test_passive_examples(page, expected):
    found = _found(page)
    got = {"doc_type": found.doc_type, "symbol": found.symbol.text if found.symbol else None, "issuer": found.issuer}
    if "date" in expected:
        got["date"] = found.date
    assert got == expected


def test_passive_inside_a_sentence_is_no_announcement():
    # "theo Kế hoạch do UBND tỉnh ban hành": the sentence is about something else
    page = "Các sở thực hiện theo Kế hoạch do UBND tỉnh ban hành, bảo đảm tiến độ.\n"
    assert find_announcement(normalize(page)) is None


def test_passive_by_an_official_without_a_body_is_nothing():
    page = "Kế hoạch do đồng chí Trần Văn Minh ký ban hành, yêu cầu các đơn vị thực hiện.\n"
    assert find_announcement(normalize(page)) is None


# --- the number in brackets ---------------------------------------------------------------------

def test_number_in_brackets():
    page = "Ngày 14-1, Thủ tướng Chính phủ đã có Công văn (số 88/TTg-KGVX) chỉ đạo các bộ, ngành triển khai.\n"
    found = _found(page)
    assert (found.doc_type, found.symbol.text, found.issuer) == ("CV", "88/TTg-KGVX", "Thủ tướng Chính phủ")


# --- a portal copy that lost the type name line ------------------------------------------------

def test_summary_under_the_place_date_line_when_the_type_name_is_lost(nlp):
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 77/KH-UBND | Lào Cai, ngày 03 tháng 4 năm 2026 |\n"
        "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG\nTRÊN ĐỊA BÀN TỈNH NĂM 2026\n"
        "Thực hiện Nghị quyết số 12-NQ/TU ngày 02/01/2026 của Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH\n"
    )
    rec = extract_text(text, nlp)
    assert rec.doc_type == "KH"
    assert rec.title == "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH NĂM 2026"


@pytest.mark.parametrize("below", ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n", "I. MỤC ĐÍCH, YÊU CẦU\n", "QUYẾT ĐỊNH:\n"])
def test_no_summary_from_an_authority_line_or_a_heading(nlp, below):
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 15/2026/QĐ-UBND | Lào Cai, ngày 03 tháng 4 năm 2026 |\n"
        + below
        + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    rec = extract_text(text, nlp)
    assert rec.symbol == "15/2026/QĐ-UBND"
    assert rec.title is None


def test_a_phrase_of_work_is_no_announcement():
    # "trình ban hành kế hoạch và tổ chức thực hiện": what offices do, no document named
    page = "Các sở rà soát, xây dựng và trình ban hành kế hoạch và tổ chức thực hiện các nhiệm vụ được giao.\n"
    assert find_announcement(normalize(page)) is None


# --- a guidance told by its own word ------------------------------------------------------------

@pytest.mark.parametrize("page, expected", P.GUIDES_EXAMPLES, ids=lambda x: str(x)[:24])
def test_guidance_by_its_verb(page, expected):
    found = _found(page)
    assert {"doc_type": found.doc_type, "issuer": found.issuer, "title": found.title} == expected


def test_guiding_people_is_no_guidance():
    page = "Sở Y tế hướng dẫn người dân cách phòng bệnh sốt xuất huyết trong mùa mưa.\n"
    assert find_announcement(normalize(page)) is None


def test_a_guidance_summary_does_not_repeat_its_type_word():
    page = "Ban Tổ chức Tỉnh ủy đã có văn bản số 45-HD/BTCTU hướng dẫn việc đánh giá, xếp loại tổ chức đảng năm 2026.\n"
    found = _found(page)
    assert (found.doc_type, found.title) == ("HD", "việc đánh giá, xếp loại tổ chức đảng năm 2026")


def test_a_letter_keeps_its_subject():
    page = "Bộ Giáo dục và Đào tạo đã có Công văn số 1234/BGDĐT-QLCL hướng dẫn tổ chức kỳ thi năm 2026.\n"
    found = _found(page)
    assert (found.doc_type, found.title) == ("CV", "hướng dẫn tổ chức kỳ thi năm 2026")


# --- an official named by post and name -------------------------------------------------------

@pytest.mark.parametrize(
    "lead, issuer",
    [
        # the head of a State body issues in his own name; his name is no part of it
        ("Chủ tịch UBND tỉnh Nguyễn Văn An vừa ký ban hành Quyết định số 456/QĐ-UBND phê duyệt Đề án du lịch.", "Chủ tịch UBND tỉnh"),
        # a deputy signs KT. for the body; a Party post signs for its committee
        ("Phó Chủ tịch UBND tỉnh Trần Văn Bình đã ký ban hành Kế hoạch số 77/KH-UBND về phát triển du lịch.", "UBND tỉnh"),
        ("Bí thư Huyện ủy Lê Văn Cường đã ký ban hành Chỉ thị số 09-CT/HU về công tác dân vận.", "Huyện ủy"),
    ],
)
def test_an_official_named_by_post_and_name(lead, issuer):
    assert _found(lead).issuer == issuer


def test_a_subject_ends_before_it_was_issued():
    page = "Kết luận số 123-KL/TW, ngày 05/3/2026 của Bộ Chính trị về công tác cán bộ được ban hành nhằm thống nhất nhận thức.\n"
    found = _found(page)
    assert (found.symbol.text, found.issuer, found.title) == ("123-KL/TW", "Bộ Chính trị", "về công tác cán bộ")


def test_a_body_whose_place_reads_like_a_name_keeps_it():
    assert _found("Ban Thường vụ Huyện ủy Gia Lâm vừa ban hành Chỉ thị số 07-CT/HU về công tác dân vận.\n").issuer == "Ban Thường vụ Huyện ủy Gia Lâm"
    assert _found("Chủ tịch UBND huyện Gia Lâm vừa ký ban hành Quyết định số 88/QĐ-UBND phê duyệt quy hoạch.\n").issuer == "Chủ tịch UBND huyện Gia Lâm"
    assert _found("Phó Chủ tịch UBND huyện Kim Sơn đã ký ban hành Kế hoạch số 12/KH-UBND về du lịch.\n").issuer == "UBND huyện Kim Sơn"
