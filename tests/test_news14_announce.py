"""News leads that announce a letter or dispatch without its number ("có công điện gửi ... về
việc ..."), that list the documents they counted ("Trong đó có Nghị quyết số ..."), that put the
body signed for after the official ("... đã thay mặt Ủy ban Thường vụ Quốc hội ký ban hành ..."),
that name a Party secretary as the one who signed, and pages whose byline stands by the headline."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns import identity as P
from tests.conftest import extract_text


def _header(rec) -> dict:
    return {
        "doc_type": rec.doc_type,
        "issuer": rec.issuer.name if rec.issuer else None,
        "title": rec.title,
    }


@pytest.mark.parametrize("lead, expected", P.SENT_EXAMPLES, ids=lambda x: str(x)[:30])
def test_a_letter_had_by_sending_it_is_announced(lead, expected, nlp):
    rec = extract_text(f"Tin tức\n{lead}\n", nlp)
    if expected is None:
        assert rec.doc_type is None and rec.title is None
    else:
        assert _header(rec) == expected
        assert rec.symbol is None


@pytest.mark.parametrize("lead, expected", P.ON_BEHALF_BEFORE_VERB_EXAMPLES, ids=lambda x: str(x)[:30])
def test_the_body_signed_for_after_the_officials_name_issues(lead, expected, nlp):
    rec = extract_text(f"Tin tức\n{lead}\n", nlp)
    got = {**_header(rec), "symbol": rec.symbol, "date": rec.date}
    assert got == expected


def test_a_document_among_those_counted_is_not_announced(nlp):
    page = ("Tin tức\nSáng 12/1, Tỉnh ủy Bình An tổ chức hội nghị quán triệt 5 nghị quyết của Tỉnh ủy. "
            "Trong đó có Nghị quyết số 04-NQ/TU, ngày 5/12/2025 của Ban Chấp hành Đảng bộ tỉnh về nhiệm vụ năm 2026.\n")
    rec = extract_text(page, nlp)
    assert rec.symbol is None and rec.doc_type is None
    assert "04-NQ/TU" in [r.symbol for r in rec.references]


def test_a_party_secretary_signs_for_the_committee(nlp):
    page = ("Tin tức\nBí thư Tỉnh ủy Bình An Nguyễn Văn Thắng vừa ký, ban hành Quyết định thành lập "
            "Ban Chỉ đạo xây dựng đường tỉnh 123.\n")
    rec = extract_text(page, nlp)
    assert rec.doc_type == "QĐ"
    assert rec.issuer is not None and rec.issuer.name == "Tỉnh ủy Bình An"


@pytest.mark.parametrize("page, date", P.BYLINE_EXAMPLES, ids=lambda x: str(x)[:30])
def test_the_byline_dates_the_page_not_the_document(page, date, nlp):
    rec = extract_text(page + "\n", nlp)
    assert rec.date == date
    assert rec.issuer is not None and rec.issuer.name == "UBND tỉnh Bình An"
