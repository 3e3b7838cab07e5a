"""News leads that announce a document (session 14): whose word it is, the document opening the
lead, the issuer named after the subject; and what stays no announcement."""

from __future__ import annotations

from tests.conftest import extract_text


def _header(text: str, nlp) -> tuple:
    rec = extract_text(text, nlp)
    return rec.doc_type, rec.symbol, rec.issuer.name if rec.issuer else None, rec.date, rec.title


def test_a_body_after_a_cited_document_in_the_subject_is_not_the_issuer(nlp):
    # "của Bộ Chính trị" belongs to the conclusion the plan carries out, not to the plan
    page = "Tin tức\nKế hoạch số 12/KH-UBND về thực hiện Kết luận số 5-KL/TW của Bộ Chính trị yêu cầu các sở triển khai. Các xã thực hiện.\n"
    doc_type, symbol, issuer, _, title = _header(page, nlp)
    assert (doc_type, symbol, issuer) == ("KH", "12/KH-UBND", None)
    assert title.endswith("yêu cầu các sở triển khai")


def test_a_document_cited_before_the_lead_that_opens_with_tai_is_no_announcement(nlp):
    page = ("Tin tức\nTheo đó, thực hiện Quyết định số 40-QĐ/TU của Tỉnh ủy, các huyện đã kiện toàn bộ máy.\n"
            "Tại Quyết định số 41-QĐ/TU, Ban Thường vụ Tỉnh ủy quyết định thành lập Đảng bộ xã An Phú.\n")
    assert _header(page, nlp)[:2] == (None, None)


def test_a_lead_with_no_directing_verb_after_the_document_is_no_announcement(nlp):
    page = "Tin tức\nTại Kế hoạch số 20/KH-UBND ngày 02/01/2026 của UBND tỉnh về Tết trồng cây, các xã, phường đã trồng 5.000 cây xanh.\n"
    assert _header(page, nlp)[:2] == (None, None)


def test_a_chairman_still_issues_in_his_own_name(nlp):
    page = "Tin tức\nSáng 12/3/2024, Chủ tịch UBND tỉnh Trần Văn An đã ký Quyết định số 55/QĐ-UBND thành lập Ban chỉ đạo chuyển đổi số.\n"
    assert _header(page, nlp)[2:4] == ("Chủ tịch UBND tỉnh", "2024-03-12")


def test_a_bracket_that_is_no_short_name_of_the_subject_stays(nlp):
    page = "Tin tức\nUBND tỉnh vừa ban hành Kế hoạch số 30/KH-UBND về phòng, chống dịch bệnh truyền nhiễm (COVID-19, sốt xuất huyết). Các sở triển khai.\n"
    assert _header(page, nlp)[4] == "về phòng, chống dịch bệnh truyền nhiễm (COVID-19, sốt xuất huyết)"
