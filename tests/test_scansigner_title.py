"""A long summary as OCR reads it: a blank line between two of its lines in capitals, more lines
than a summary in small letters, a symbol wrapped to the last line; and where a blank line ends it."""

from __future__ import annotations

from plankb.extractors.layout import find_layout

HEAD = """ỦY BAN NHÂN DÂN
TỈNH AN LẠC
Số: 77/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 04 tháng 10 năm 2022

QUYẾT ĐỊNH
"""


def _title(text: str) -> str:
    return " ".join(ln.stripped for ln in find_layout(text).title_lines)


def test_a_summary_in_capitals_goes_on_across_a_blank_line():
    text = HEAD + (
        "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC\n"
        "CHUẨN HÓA VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI\n\n"
        "QUYẾT THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC NGƯỜI CÓ CÔNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NỘI VỤ, UBND CẤP HUYỆN VÀ\n\n"
        "UBND CẤP XÃ TRÊN ĐỊA BÀN TỈNH AN LẠC\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN LẠC\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
    )
    title = _title(text)
    assert title.startswith("CÔNG BỐ") and title.endswith("TRÊN ĐỊA BÀN TỈNH AN LẠC")
    assert "CHỦ TỊCH ỦY BAN" not in title


def test_a_summary_in_capitals_may_run_to_six_lines():
    lines = [f"DÒNG THỨ {n} CỦA TRÍCH YẾU VỀ VIỆC TRIỂN KHAI THỰC HIỆN" for n in "ABCDE"] + ["TRÊN ĐỊA BÀN TỈNH AN LẠC"]
    text = HEAD + "\n".join(lines) + "\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN LẠC\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    assert _title(text).endswith("TRÊN ĐỊA BÀN TỈNH AN LẠC")


def test_a_blank_line_still_ends_a_summary_before_the_body_in_capitals():
    for after in ("I. MỤC ĐÍCH, YÊU CẦU", "PHẦN I. KẾT QUẢ THỰC HIỆN", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN LẠC\n\nCăn cứ Luật;"):
        text = HEAD + "VỀ VIỆC TRIỂN KHAI THỰC HIỆN\nCHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ\n\n" + after + "\n"
        assert _title(text) == "VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ", after


def test_the_authority_of_issue_is_no_summary_with_blank_lines_between_every_line():
    text = HEAD.replace("QUYẾT ĐỊNH", "NGHỊ QUYẾT") + (
        "VỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024\n\nNGUỒN VỐN: NGÂN SÁCH TỈNH\n\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH AN LẠC\n\nKHÓA XII KỲ HỌP THỨ 20\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert _title(text) == "VỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024 NGUỒN VỐN: NGÂN SÁCH TỈNH"


def test_a_letter_summary_keeps_the_symbol_wrapped_after_so():
    text = """THỦ TƯỚNG CHÍNH PHỦ
Số: 2403/TTg-KGVX
V/v Điều chỉnh mức trợ cấp hàng
tháng đối với đối tượng hưởng chế
độ theo quy định tại Quyết định số
142/2008/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 03 tháng 12 năm 2009

Kính gửi: Bộ Quốc phòng
"""
    assert _title(text).endswith("Quyết định số 142/2008/QĐ-TTg")
