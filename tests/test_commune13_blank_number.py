"""A portal copy whose number line is left blank ("Số :     /KH – UBND") under a lead that gives
the number of the same document, of the same date."""

from __future__ import annotations

import pytest

from plankb.extractors.symbols import BLANK_NUMBER
from tests.conftest import extract_text

_BLANK_PAGE = (
    "Chỉ đạo - Điều hành\n"
    "Ngày {lead_date} Ủy ban nhân dân xã đã ban hành kế hoạch số 17/KH-UBND về việc tổ chức Ngày hội đọc sách năm 2026.\n\n"
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "XÃ PHÚ LỘC          Độc lập – Tự do – Hạnh phúc\n\n"
    "Số :     /KH – UBND          Phú Lộc, ngày 14 tháng  04 năm 2026\n\n"
    "KẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2026\n\n"
    "Để hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, Ủy ban nhân dân xã xây dựng kế hoạch như sau:\n"
    "I. Mục đích, yêu cầu\n- Khuyến khích Nhân dân đọc sách.\n"
)


def test_blank_number_line_takes_the_leads_number_of_the_same_date(nlp):
    rec = extract_text(_BLANK_PAGE.format(lead_date="14/04/2026"), nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("KH", "17/KH-UBND", "2026-04-14")
    assert "17/KH-UBND" not in [r.symbol for r in rec.references]


def test_blank_number_line_keeps_null_under_a_lead_of_another_date(nlp):
    rec = extract_text(_BLANK_PAGE.format(lead_date="02/01/2026"), nlp)
    assert rec.symbol is None and rec.date == "2026-04-14"


@pytest.mark.parametrize("line", ["Số:     /KH-UBND", "Số :     /KH – UBND", "Số:   /TB-UBND"])
def test_blank_number_with_either_dash(line):
    assert BLANK_NUMBER.search(line)
