"""Party and Youth Union headers flattened into one paragraph, as document-sharing previews and
forum copies give them (made-up text written in the convention)."""

from plankb.extractors.text import normalize

_YOUTH = (
    "BAN CHẤP HÀNH TỈNH ĐOÀN NAM SƠN***Số: 45-KH/TĐTN-VP ĐOÀN TNCS HỒ CHÍ MINH Nam Sơn, ngày 12 "
    "tháng 3 năm 2024 KẾ HOẠCHTổ chức Tháng Thanh niên năm 2024--------- Thực hiện Chương trình công "
    "tác Đoàn năm 2024 của Ban Chấp hành Trung ương Đoàn, Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch."
)

_LOWERCASED = (
    "đoàn tncs hồ chí minh ban chấp hành tỉnh Nam Sơn Bắc Hà, ngày tháng 4 năm 2006 Số: KH/TĐ Kế "
    "hoạch Tổ chức hội trại tòng quân năm 2006 I. Mục đích: 1. Động viên thanh niên lên đường nhập "
    "ngũ. 2. Thời gian: ngày 20 tháng 4 năm 2006."
)


def _lines(text: str) -> list[str]:
    return normalize(text).text.split("\n")


def test_youth_union_header_on_one_line_is_broken_into_its_parts():
    lines = _lines(_YOUTH)
    assert lines[:6] == [
        "BAN CHẤP HÀNH TỈNH ĐOÀN NAM SƠN",
        "Số: 45-KH/TĐTN-VP",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "Nam Sơn, ngày 12 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Tổ chức Tháng Thanh niên năm 2024",
    ]


def test_header_typed_in_a_capitals_only_font_gets_its_capitals_back():
    lines = _lines(_LOWERCASED)
    assert lines[:6] == [
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "BAN CHẤP HÀNH TỈNH NAM SƠN",  # the unit's name stays with the issuer, not the place
        "Bắc Hà, ngày tháng 4 năm 2006",
        "Số: KH/TĐ",
        "KẾ HOẠCH",
        "Tổ chức hội trại tòng quân năm 2006",
    ]


def test_banner_cited_in_a_sentence_is_not_a_header():
    text = (
        "Hội nghị do Ban Thường vụ Tỉnh đoàn tổ chức theo Kế hoạch của Đoàn TNCS Hồ Chí Minh tỉnh, "
        "Số: 12 đại biểu dự, Nam Sơn, ngày 12 tháng 3 năm 2024 là ngày khai mạc, kéo dài hai ngày liền."
    )
    assert normalize(text).text == text


def test_table_rows_are_left_to_the_table_passes():
    row = (
        "| BAN CHẤP HÀNH TRUNG ƯƠNG Số: 101-CV/TWĐTN-VP V/v tổ chức hội nghị | ĐOÀN TNCS HỒ CHÍ MINH "
        "Hà Nội, ngày 06 tháng 12 năm 2019 |\n\nKính gửi: các tỉnh, thành đoàn"
    )
    assert "ĐOÀN TNCS HỒ CHÍ MINH\nHà Nội" not in normalize(row).text
