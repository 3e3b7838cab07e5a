"""A notice copied without its header, known by its own formulas ("... thông báo ... như sau:")."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns import doc_types as T
from plankb.extractors.text import fold
from tests.conftest import extract_text


@pytest.mark.parametrize("sentence, expected", T.NOTICE_CLAUSE_EXAMPLES, ids=lambda x: str(x)[:30])
def test_notice_clause_examples(sentence, expected):
    assert (T.NOTICE_CLAUSE.search(fold(sentence)) is not None) == expected


def test_notice_without_header_is_typed_by_its_opening(nlp):
    page = ("Lịch tiếp công dân quý I năm 2026\n"
            "Căn cứ Luật Tiếp công dân ngày 25/11/2013;\n"
            "Ủy ban nhân dân phường Hòa Bình thông báo lịch tiếp công dân quý I năm 2026 như sau:\n"
            "1. Chủ tịch UBND phường tiếp công dân vào thứ Năm hằng tuần.\n")
    rec = extract_text(page, nlp)
    assert rec.doc_type == "TB"


def test_report_without_header_is_not_typed_a_notice(nlp):
    page = ("Kết quả tháng 3 năm 2026\n"
            "Ủy ban nhân dân phường Hòa Bình báo cáo kết quả công tác tháng 3 như sau:\n"
            "1. Thu ngân sách đạt 30% dự toán.\n")
    rec = extract_text(page, nlp)
    assert rec.doc_type is None
