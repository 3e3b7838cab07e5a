"""A news lead naming who signed on whose behalf ("thừa lệnh Chủ tịch UBND tỉnh X, Phó Chánh Văn
phòng ... đã ký ban hành văn bản số ..."): the body signed for issues the document, dated by the
lead's opening date."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.identity import ON_BEHALF, ON_BEHALF_EXAMPLES
from tests.conftest import extract_text


@pytest.mark.parametrize(("lead", "issuer"), ON_BEHALF_EXAMPLES)
def test_the_body_signed_for_issues_the_announced_document(lead, issuer, nlp):
    record = extract_text("Tin tức\n" + lead + "\nNội dung.\n", nlp)
    assert record.issuer is not None and record.issuer.name == issuer
    assert record.symbol is not None


def test_the_leads_date_reaches_past_the_clause_signed_for(nlp):
    record = extract_text("Tin tức\n" + ON_BEHALF_EXAMPLES[0][0] + "\n", nlp)
    assert record.date == "2018-11-23"


def test_an_official_named_without_whom_he_signs_for_is_no_body():
    assert ON_BEHALF.search("Ngày 5/3/2024, Phó Chánh Văn phòng Nguyễn Văn An đã ký văn bản số 12/UBND-VX,") is None
