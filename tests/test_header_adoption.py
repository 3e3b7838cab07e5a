"""An act of an elected body dated by the adoption its closing sentence states (no place-and-date line)."""

import pytest
from conftest import extract_text

from plankb.extractors.fields.header import _adoption_date
from plankb.extractors.patterns.identity import ADOPTION_EXAMPLES


@pytest.mark.parametrize(("text", "date"), ADOPTION_EXAMPLES)
def test_the_adoption_clause_examples(text, date):
    spans = {}
    assert _adoption_date(text, spans) == date
    if date:
        span = spans["date"]
        assert text[span["start"] : span["end"]].strip()[:2] in {date[8:], "ng"}  # the span is the date as written


def test_a_standing_committee_resolution_without_a_place_and_date_line_is_dated_by_its_adoption(nlp):
    text = (
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Nghị quyết số: 75/2025/UBTVQH15\n\nNGHỊ QUYẾT\nĐiều chỉnh Chương trình xây dựng luật, pháp lệnh năm 2025\n\n"
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n\nQUYẾT NGHỊ:\n\n"
        "Điều 1. Bổ sung dự án Luật Phòng bệnh vào Chương trình.\n\nĐiều 2. Nghị quyết này có hiệu lực thi hành từ ngày thông qua.\n\n"
        "Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV thông qua ngày 26 tháng 3 năm 2025.\n\n"
        "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n\nTrần Thanh Mẫn\n"
    )
    rec = extract_text(text, nlp)
    assert rec.date == "2025-03-26"
    span = rec.spans["date"]
    assert text[span.start : span.end] == "ngày 26 tháng 3 năm 2025"
    # a place-and-date line in the header wins: the adoption clause is read only without one
    dated = text.replace("Nghị quyết số: 75/2025/UBTVQH15", "Số: 75/2025/UBTVQH15    Hà Nội, ngày 27 tháng 3 năm 2025")
    assert extract_text(dated, nlp).date == "2025-03-27"
