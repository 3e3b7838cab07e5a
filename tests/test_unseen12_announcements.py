"""Announcements of documents on web pages (session 12): a deputy of a single head, a Party
regulation numbered with "QĐ". Made-up leads written in the conventions (Decree 30/2020,
Guidance 36-HD/VPTW), not copied from the documents they were found in."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns import identity as P
from tests.conftest import extract_text


def _span_text(rec, page: str, name: str) -> str:
    span = rec.spans[name]
    return page[span.start : span.end]


@pytest.mark.parametrize("lead, issuer", [e for e in P.DEPUTY_EXAMPLES if e[1]], ids=lambda x: str(x)[:30])
def test_deputy_of_a_single_head_signs_for_the_head(lead, issuer, nlp):
    page = f"Tin tức\n{lead}\n"
    rec = extract_text(page, nlp)
    assert rec.issuer is not None and rec.issuer.name == issuer
    assert _span_text(rec, page, "issuer").lower() == "thủ tướng"
    assert rec.doc_type == "QĐ" and rec.symbol and rec.symbol.endswith("/QĐ-TTg")


def test_a_headline_glued_to_the_deputy_is_not_the_issuer(nlp):
    # a teaser that runs the headline and the byline into the lead's first sentence
    page = ("Chính phủ quy hoạch thị xã Đông Hòa thành đô thị loại 2 Minh Anh Mới đây, Phó Thủ tướng "
            "Phạm Văn Sơn vừa ký Quyết định 310/QĐ-TTg phê duyệt Nhiệm vụ Quy hoạch chung đô thị Đông Hòa.\n")
    rec = extract_text(page, nlp)
    assert rec.issuer is not None and rec.issuer.name == "Thủ tướng Chính phủ"


def test_a_deputy_of_a_board_still_signs_for_his_body(nlp):
    # "Phó Chủ tịch UBND tỉnh X": his post names the body (KT. CHỦ TỊCH for UBND tỉnh), unchanged
    page = "Tin tức\nNgày 02/3/2024, Phó Chủ tịch UBND tỉnh Trần Văn Hòa đã ký Quyết định số 45/QĐ-UBND phê duyệt Đề án du lịch.\n"
    rec = extract_text(page, nlp)
    assert rec.issuer is not None and rec.issuer.name != "Thủ tướng Chính phủ"


def test_party_regulation_numbered_with_qd(nlp):
    # the announcement follows a long "Căn cứ" list in the same paragraph; its own symbol is no reference
    page = ("Căn cứ Điều lệ Đảng; Quy định số 11-QĐ/TW, ngày 05/3/2024 của Ban Chấp hành Trung ương về thi hành "
            "Điều lệ Đảng; Hướng dẫn số 02-HD/TW, ngày 06/4/2024 của Ban Bí thư. Ban Thường vụ Huyện ủy ban hành "
            "Quy định số 07-QĐ/HU, ngày 20/11/2025 về chế độ làm việc của cấp ủy.\n")
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("QyĐ", "07-QĐ/HU", "2025-11-20")
    assert rec.issuer is not None and rec.issuer.name == "Ban Thường vụ Huyện ủy"
    refs = {r.symbol for r in rec.references}
    assert "07-QĐ/HU" not in refs and {"11-QĐ/TW", "02-HD/TW"} <= refs


def test_a_state_number_stays_foreign_to_a_regulation(nlp):
    # a State regulation has no number of its own: "Quy định số 12/QĐ-UBND" is not its symbol
    page = "Tin tức\nUBND tỉnh vừa ban hành Quy định số 12/QĐ-UBND về quản lý chợ trên địa bàn.\n"
    rec = extract_text(page, nlp)
    assert rec.symbol != "12/QĐ-UBND" or rec.doc_type != "QyĐ"


def test_deputy_numbered_for_another_body(nlp):
    lead = next(lead for lead, issuer in P.DEPUTY_EXAMPLES if issuer is None)
    rec = extract_text(f"Tin tức\n{lead}\n", nlp)
    assert rec.issuer is None or rec.issuer.name != "Thủ tướng Chính phủ"
