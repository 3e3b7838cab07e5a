"""Party documents as local pages copy them (Guidance 36-HD/VPTW, Regulation 66-QĐ/TW): a staff
agency's deputy head signing "K/T THỦ TRƯỞNG" / "PHÓ THỦ TRƯỞNG", a notice of conclusions naming its
organ under the type name, a summary wrapped after "đối với đồng chí", a page announcing a document
in its lead and then printing the text from the type name on, a page publishing a text in full.
All texts are made up in the convention."""

from __future__ import annotations

import re

import pytest

from plankb.extractors.patterns.layout_markers import SUMMARY_OPEN_END, SUMMARY_OPEN_END_EXAMPLES
from tests.conftest import extract_text


def test_deputy_head_of_a_party_staff_agency_is_a_title_not_a_name(nlp):
    text = (
        "HUYỆN ỦY AN LẠC\nBAN TỔ CHỨC\n\nSố 12-CV/BTCHU\nV/v báo cáo danh sách đảng viên\n\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nAn Lạc, ngày 02 tháng 4 năm 2024\n\nKính gửi: Các chi, đảng bộ cơ sở\n\n"
        "Đề nghị các chi, đảng bộ cơ sở gửi danh sách trước ngày 10/4/2024.\n\n"
        "K/T THỦ TRƯỞNG\nPHÓ THỦ TRƯỞNG\n\nLê Thị Mai\n"
    )
    rec = extract_text(text, nlp)
    assert rec.signer.name == "Lê Thị Mai"


@pytest.mark.parametrize("line, open_end", SUMMARY_OPEN_END_EXAMPLES)
def test_summary_open_end_examples(line, open_end):
    assert bool(re.search(SUMMARY_OPEN_END, line)) == open_end


def test_notice_of_conclusions_wrapped_after_a_comrade(nlp):
    text = (
        "ĐẢNG ỦY XÃ AN HÒA\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 45-TB/ĐU\tAn Hòa, ngày 05 tháng 12 năm 2025\n\n"
        "THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY\nVề xem xét kết quả công tác năm 2025 đối với đồng chí\n"
        "Nguyễn Văn Bình - Bí thư Chi bộ thôn Đông\n-----\n"
        "Thực hiện Kế hoạch số 20-KH/ĐU ngày 01/11/2025 của Ban Thường vụ Đảng ủy.\n1. Về ưu điểm\n"
    )
    rec = extract_text(text, nlp)
    assert rec.title == (
        "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY Về xem xét kết quả công tác năm 2025 đối với đồng chí "
        "Nguyễn Văn Bình - Bí thư Chi bộ thôn Đông"
    )


def test_lead_announces_the_text_printed_below_without_its_number(nlp):
    page = (
        "Tin tức\n\nNgày 12/5/2022, Tỉnh ủy An Lạc đã ban hành Chương trình số 31-CTr/TU về thực hiện "
        "Chỉ thị 20-CT/TW của Ban Bí thư về công tác dân vận.\n\nBan biên tập xin đăng toàn văn Chương trình:\n\n"
        "CHƯƠNG TRÌNH\nThực hiện Chỉ thị 20-CT/TW của Ban Bí thư về công tác dân vận\n\n"
        "Thực hiện Chỉ thị 20-CT/TW, ngày 03/01/2022 của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban hành chương trình như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n"
    )
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("CTr", "31-CTr/TU", "2022-05-12")
    assert rec.issuer.name == "Tỉnh ủy An Lạc"
    # The lead's date is the programme's, not the directive's it carries out.
    assert {r.date for r in rec.references if r.symbol == "20-CT/TW"} <= {None, "2022-01-03"}
    # A lead announcing another type than the one printed below gives the text nothing.
    rec = extract_text(page.replace("ban hành Chương trình số 31-CTr/TU", "ban hành Kế hoạch số 31-KH/TU"), nlp)
    assert rec.symbol is None


def test_page_publishing_a_party_resolution_in_full(nlp):
    page = (
        "Ban biên tập giới thiệu toàn văn Nghị quyết số 07-NQ/TU, ngày 20/7/2021 của Ban Thường vụ Tỉnh ủy "
        "về phát triển du lịch.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển du lịch\n—–\n\n"
        "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:\n"
    )
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("NQ", "07-NQ/TU", "2021-07-20")
    assert rec.issuer.name == "Ban Thường vụ Tỉnh ủy"  # not the page's editors
