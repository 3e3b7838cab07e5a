"""A page that publishes a text in full (made-up pages in that form): a leader's speech or
directions published in full announce nothing the speech cites; a document published in full
("toàn văn nội dung Kế hoạch ...") is still the page's own."""

from __future__ import annotations

from tests.conftest import extract_text


def test_a_speech_published_in_full_cites_the_plan_it_names(nlp):
    page = (
        "Phát biểu của đồng chí Bí thư Tỉnh ủy tại hội nghị\n"
        "Báo điện tử trân trọng giới thiệu toàn văn bài phát biểu của đồng chí Bí thư Tỉnh ủy.\n"
        "Thưa các đồng chí, ngày 05/3/2024, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 120-KH/TU về chuyển đổi số "
        "trong các cơ quan đảng; các cấp ủy cần quán triệt và thực hiện nghiêm túc.\n"
    )
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol) == (None, None)
    assert "120-KH/TU" in {r.symbol for r in rec.references}


def test_a_document_published_in_full_is_still_announced(nlp):
    page = (
        "Ngày 05/3/2024, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU về chuyển đổi số trong các cơ quan đảng. "
        "Trang tin trân trọng giới thiệu toàn văn nội dung Kế hoạch.\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ, đảng viên về chuyển đổi số.\n"
    )
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("KH", "45-KH/HU", "2024-03-05")
