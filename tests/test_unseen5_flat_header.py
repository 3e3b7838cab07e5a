"""A header flattened into one paragraph, as document-sharing sites show a file's preview: read
as the header it was (issuer, number, place and date, subject), not as running text."""

from __future__ import annotations

from plankb.extractors.text import normalize
from tests.conftest import extract_text

FLAT = (
    "Xem trước\n\n  1. UBND TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc "
    "Số : 315 /STP-HCTP Hà Nam, ngày 12 tháng 4 năm 2019 V/v hướng dẫn đăng ký hộ tịch trực tuyến. "
    "Kính gửi: - Ủy ban nhân dân các huyện, thành phố. Thực hiện Thông tư số 04/2020/TT-BTP, Sở Tư pháp hướng dẫn như sau:\n"
)


def test_the_paragraph_is_broken_back_into_header_lines():
    lines = normalize(FLAT).text.splitlines()
    assert "UBND TỈNH HÀ NAM" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "SỞ TƯ PHÁP" in lines
    assert "Độc lập - Tự do - Hạnh phúc" in lines
    assert any(line.startswith("Số : 315") for line in lines)


def test_the_flattened_header_is_read(nlp):
    record = extract_text(FLAT, nlp)
    assert record.symbol == "315/STP-HCTP"
    assert record.date == "2019-04-12"
    assert record.place == "Hà Nam"
    assert record.issuer is not None and record.issuer.name.startswith("Sở Tư pháp")


def test_a_motto_in_a_running_paragraph_is_left_alone():
    text = (
        "Tin tức\nTrong không khí cả nước kỷ niệm ngày thành lập nước Cộng hòa xã hội chủ nghĩa Việt Nam, "
        "các xã đã tổ chức nhiều hoạt động văn hóa, thể thao sôi nổi, thu hút đông đảo người dân tham gia.\n"
    )
    assert normalize(text).text == text
    two_columns = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ NAM Độc lập - Tự do - Hạnh phúc\n"
    assert normalize(two_columns).text == two_columns


def test_a_code_ending_in_tp_is_no_city():
    from plankb.extractors.patterns.grammar import PLACE_DATE

    m = PLACE_DATE.search("Số: 315/STP-HCTP Hà Nam, ngày 12 tháng 4 năm 2019")
    assert m is not None and m.group("place") == "Hà Nam"
    m = PLACE_DATE.search("Số: 12/KH-UBND TP Hồ Chí Minh, ngày 12 tháng 4 năm 2019")
    assert m is not None and m.group("place") == "TP Hồ Chí Minh"
