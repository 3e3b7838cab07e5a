"""A centred summary as a fax-like scan reads it: specks standing apart at a line's end, or run
into the next line's start, are neither the summary's stop nor a bullet; a real stop, bullet or
block opener still ends it."""

from __future__ import annotations

from plankb.extractors.layout import find_layout

HEAD = """ỦY BAN NHÂN DÂN
TỈNH AN LẠC
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 04 tháng 10 năm 2022

KẾ HOẠCH

"""

LETTER = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1200/BGDĐT-QLCL
V/v hướng dẫn tổ chức
Kỳ thi chọn học sinh giỏi cấp
{third}
Hà Nội, ngày 22 tháng 3 năm 2024

Kính gửi: Các sở giáo dục và đào tạo
"""


def _title(text: str) -> str:
    return " ".join(ln.stripped for ln in find_layout(text).title_lines)


def test_a_speck_after_a_space_at_a_capital_line_end_is_no_stop():
    text = HEAD + (
        "TRIỂN KHAI CÔNG TÁC SỬA CHỮA NHÀ Ở CHO HỘ NGHÈO TRÊN ĐỊA :\n\n"
        "BÀN TỈNH AN LẠC GIAI ĐOẠN 2024- 2025.\n\n"
        "Thực hiện Chỉ thị số 12/CT-TTg ngày 06/10/2024 của Thủ tướng Chính phủ;\n"
    )
    title = _title(text)
    assert title.startswith("TRIỂN KHAI") and title.endswith("2024- 2025.")
    assert "Thực hiện" not in title


def test_a_speck_run_before_the_next_capital_line_is_no_rule():
    text = HEAD.replace("KẾ HOẠCH", "NGHỊ QUYẾT") + (
        "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH\n\n"
        "_—— AN LẠC NĂM 2025.\n\n"
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
    )
    title = _title(text)
    assert title == "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH AN LẠC NĂM 2025."


def test_a_dash_before_a_small_letter_goes_on_with_a_letter_subject():
    title = _title(LETTER.format(third="- quốc gia năm 2024"))
    assert title.endswith("cấp quốc gia năm 2024")
    assert "- quốc" not in title  # the speck is left out of the summary's line


def test_a_real_bullet_still_ends_the_summary():
    # A capital after the dash is a bullet of its own, not the subject going on.
    assert _title(LETTER.format(third="- Sở Giáo dục")).endswith("học sinh giỏi cấp")
    # A summary ending on a stop is whole: the dashed line after it is a bullet.
    text = HEAD + "VỀ VIỆC TRIỂN KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ.\n- CÁC SỞ, NGÀNH THỰC HIỆN\n"
    assert _title(text) == "VỀ VIỆC TRIỂN KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ."


def test_a_capital_line_ending_on_a_colon_still_stops():
    text = HEAD.replace("KẾ HOẠCH", "QUYẾT ĐỊNH") + (
        "VỀ VIỆC TRIỂN KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này.\n"
    )
    assert _title(text) == "VỀ VIỆC TRIỂN KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ"


def test_a_line_of_specks_stands_as_a_blank_inside_a_letter_subject():
    text = LETTER.format(third="_\n... quốc gia năm 2024").replace("\nHà Nội", "\n: _° \" N\nHà Nội")
    assert _title(text).endswith("quốc gia năm 2024")


def test_a_speck_standing_apart_is_left_out_of_an_inner_line():
    text = HEAD + "TRIỂN KHAI CÔNG TÁC SỬA CHỮA NHÀ Ở TRÊN ĐỊA :\n\nBÀN TỈNH AN LẠC NĂM 2025\n\nThực hiện Chỉ thị số 12/CT-TTg;\n"
    assert _title(text) == "TRIỂN KHAI CÔNG TÁC SỬA CHỮA NHÀ Ở TRÊN ĐỊA BÀN TỈNH AN LẠC NĂM 2025"
