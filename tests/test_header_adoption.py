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


def test_a_scans_title_cut_by_a_stamp_is_taken_whole_from_the_clause_that_promulgates_it():
    from plankb.extractors.fields.header import _restated_whole

    title = "Sửa đổi, bổ sung Quyết định số 20/2020/QĐ-TTg ngày 22 tháng 7 năm 2020"
    body = ("\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n\nThủ tướng Chính phủ ban hành Quyết định sửa đổi, "
            "bổ sung Quyết định số 20/2020/QĐ-TTg ngày 22 tháng 7 năm 2020 của Thủ tướng Chính phủ về mã định danh điện tử.\n\nĐiều 1. ...")
    spans = {}
    whole = _restated_whole(title, body, 0, "QĐ", spans)
    assert whole == title + " của Thủ tướng Chính phủ về mã định danh điện tử"
    assert body[spans["title"]["start"] : spans["title"]["end"]].startswith("sửa đổi, bổ sung")
    assert _restated_whole(title, body, 0, "KH", {}) == title  # a plan's "ban hành Kế hoạch ... như sau:" need not repeat it
    other = body.replace("sửa đổi, bổ sung Quyết định số 20", "bãi bỏ Quyết định số 20")
    assert _restated_whole(title, other, 0, "QĐ", {}) == title  # a clause that does not restate the title as read


def test_a_date_outside_the_year_its_number_carries_is_flagged(nlp):
    text = ("BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 82/2024/TT-BTC    Hà Nội, ngày 25 tháng 11 năm 2023\n\nTHÔNG TƯ\nHướng dẫn quản lý kinh phí\n\nĐiều 1. Phạm vi điều chỉnh.\n")
    rec = extract_text(text, nlp)
    assert rec.date == "2023-11-25"  # the value stays as read: which of the two is misread is not known
    assert any(w.code == "date-not-in-symbol-year" for w in rec.warnings)
    same = extract_text(text.replace("năm 2023", "năm 2024"), nlp)
    assert not any(w.code == "date-not-in-symbol-year" for w in same.warnings)
