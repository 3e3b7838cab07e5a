"""A rule from the mass14 silver set (Party committees below the province, mass organisations), on
made-up leads in the convention's form: the press brings in a body's short form in brackets after
its first words, its head word alone or with the initials of the words after it ("Hội Cựu chiến
binh tỉnh (Hội) Đồng Nai"), as it does the initials ("(UBND)"): no part of the issuer's name."""

from __future__ import annotations

from tests.conftest import extract_text


def test_a_short_form_in_brackets_is_dropped_from_the_announced_issuer(nlp):
    lead = "Hội Cựu chiến binh tỉnh (Hội) Đồng Nai vừa ban hành Kế hoạch số 05-KH/CCB về tổ chức Ngày hội cựu chiến binh năm 2024."
    rec = extract_text(lead, nlp)
    assert (rec.doc_type, rec.symbol) == ("KH", "05-KH/CCB")
    assert rec.issuer.name == "Hội Cựu chiến binh tỉnh Đồng Nai"


def test_a_bracket_that_shortens_nothing_stays_in_the_issuer(nlp):
    lead = "Trung tâm Văn hóa (Nhà Văn hóa) huyện Tân Kỳ vừa ban hành Kế hoạch số 07/KH-TTVH về tổ chức Hội diễn năm 2024."
    rec = extract_text(lead, nlp)
    assert rec.issuer.name == "Trung tâm Văn hóa (Nhà Văn hóa) huyện Tân Kỳ"
