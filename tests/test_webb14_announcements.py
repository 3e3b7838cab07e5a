"""Announcements on web pages (session 14, set webb14): an official named by post, then by name in
apposition between commas. Made-up leads written in the press's form, not copied from a page."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns import identity as P
from tests.conftest import extract_text


@pytest.mark.parametrize("lead, issuer", P.APPOSED_NAME_EXAMPLES, ids=lambda x: str(x)[:30])
def test_the_post_before_an_apposed_name_gives_the_issuer(lead, issuer, nlp):
    page = f"Tin tức\n{lead}\n"
    rec = extract_text(page, nlp)
    if issuer is None:
        assert rec.issuer is None
        return
    assert rec.issuer is not None and rec.issuer.name == issuer
    span = rec.spans["issuer"]
    assert page[span.start : span.end] == issuer  # read where the post names it, not made up


def test_a_deputy_prime_minister_in_apposition_signs_for_the_head(nlp):
    rec = extract_text("Tin tức\nPhó Thủ tướng Chính phủ, ông Trần Văn Nam đã ký Quyết định số 88/QĐ-TTg "
                       "ngày 10/01/2025 phê duyệt Quy hoạch tỉnh Nam An.\n", nlp)
    assert rec.issuer is not None and rec.issuer.name == "Thủ tướng Chính phủ"


@pytest.mark.parametrize("tail, kept", [
    ("Xét Tờ trình số 45/TTr-UB", None),  # the issuer's code cut ("UB" of "UBND")
    ("theo Kế hoạch số 95-KH/T", None),  # a Party committee's code cut ("T" of "TU")
    ("Căn cứ Công văn số 12/UBND-KT", "12/UBND-KT"),  # a unit's code: any letters, kept
    ("Căn cứ Quyết định số 12/QĐ-UBND", "12/QĐ-UBND"),  # whole codes, kept
])
def test_a_citation_cut_by_the_copys_end(tail, kept, nlp):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NAM AN\nSố: 7/QĐ-UBND\nNam An, ngày 02 tháng 3 năm 2023\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt kế hoạch\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\n" + tail)
    rec = extract_text(text, nlp)
    symbols = [r.symbol if hasattr(r, "symbol") else r["symbol"] for r in rec.references]
    assert "30/2020/NĐ-CP" in symbols
    assert (kept in symbols) if kept else all(not s.startswith(tail.split()[-1]) for s in symbols)


_LEAD = ("Để triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nam An lần thứ XX, nhiệm kỳ 2025-2030 "
         "(sau đây viết tắt là Nghị quyết Đại hội), Ban Chấp hành Đảng bộ tỉnh Nam An ban hành Chương trình hành "
         "động thực hiện Nghị quyết Đại hội như sau:\n1. Mục đích\n")


def test_a_headline_that_names_the_restated_document_in_full_gives_its_title(nlp):
    page = ("Tư liệu\n\nChương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nam An lần thứ XX, "
            "nhiệm kỳ 2025-2030\n\n" + _LEAD)
    rec = extract_text(page, nlp)
    assert rec.doc_type == "CTr"
    assert rec.title == "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nam An lần thứ XX, nhiệm kỳ 2025-2030"
    span = rec.spans["title"]
    assert page[span.start : span.end] == rec.title


def test_a_headline_on_another_subject_leaves_the_leads_title(nlp):
    page = "Tin hoạt động\n\nChương trình công tác tháng 10 của Tỉnh ủy\n\n" + _LEAD
    rec = extract_text(page, nlp)
    assert rec.title == "thực hiện Nghị quyết Đại hội"


@pytest.mark.parametrize("lead, doc_type", P.ACT_THEN_TYPE_EXAMPLES, ids=lambda x: str(x)[:30])
def test_a_document_told_by_its_act_and_named_by_type_after(lead, doc_type, nlp):
    rec = extract_text(f"Tin tức\n{lead}\n", nlp)
    assert rec.doc_type == doc_type
    if doc_type:
        assert rec.symbol is None and rec.title is None  # unnumbered, its summary not quoted


def test_the_act_s_subject_is_the_issuer_when_a_body(nlp):
    rec = extract_text("Tin tức\nUBND tỉnh Nam An vừa thành lập Ban Chỉ đạo phòng chống thiên tai. "
                       "Quyết định này có hiệu lực từ ngày ký.\n", nlp)
    assert rec.doc_type == "QĐ" and rec.issuer is not None and rec.issuer.name == "UBND tỉnh Nam An"


def test_a_headline_that_names_the_lead_s_document_with_words_moved(nlp):
    page = ("Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nam An lần thứ I, nhiệm kỳ 2025-2030\n"
            "Tư liệu\n\nBan Chấp hành Đảng bộ tỉnh Nam An ban hành Chương trình hành động thực hiện Nghị quyết Đại hội "
            "đại biểu lần thứ I Đảng bộ tỉnh, nhiệm kỳ 2025-2030 với những nội dung chủ yếu sau:\n- Quán triệt.\n")
    rec = extract_text(page, nlp)
    assert rec.title == "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nam An lần thứ I, nhiệm kỳ 2025-2030"
