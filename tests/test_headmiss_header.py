"""Header fields as exports and portals damage them (made-up texts in the conventions of Decree
30/2020/NĐ-CP and Guidance 36-HD/VPTW): a type code lost from the symbol, a portal's lone "Trích
yếu" field, a markdown export's hard breaks, a header table flattened by wide gaps, a school's
short level, a name or a span of years wrapped over a line."""

from __future__ import annotations

from plankb.extractors.names import name_case
from tests.conftest import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_symbol_with_its_type_slot_empty_takes_the_type_name(nlp):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN PHƯỚC\n" + _MOTTO + "Số: 457/-UBND\nAn Phước, ngày 12 tháng 3 năm 2021\n\n"
            "QUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    rec = extract_text(text, nlp)
    assert (rec.doc_type, rec.symbol) == ("QĐ", "457/QĐ-UBND")


def test_symbol_with_its_type_slot_empty_in_a_letter_is_not_filled(nlp):
    # A letter (công văn) has no type code at all: nothing to put in the slot.
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN PHƯỚC\n" + _MOTTO + "Số: 457/-UBND\nAn Phước, ngày 12 tháng 3 năm 2021\n\n"
            "V/v triển khai công tác phòng chống thiên tai\n\nKính gửi: Các sở, ban, ngành\n")
    rec = extract_text(text, nlp)
    assert rec.symbol != "457/CV-UBND"


def test_lone_summary_label_gives_the_whole_title_and_the_body_stops_at_its_term(nlp):
    summary = ("Chương trình của Ban Chấp hành Đảng bộ huyện Khóa XXI thực hiện Nghị quyết số 12-NQ/TU, ngày "
               "05-3-2022 của Ban Thường vụ Tỉnh ủy về phát triển du lịch cộng đồng")
    rec = extract_text(f"Trích yếu\n{summary}\n", nlp)
    assert rec.doc_type == "CTr"
    assert rec.title == summary
    assert rec.issuer.name == "Ban Chấp hành Đảng bộ huyện"


def test_markdown_hard_breaks_leave_the_issuer(nlp):
    text = ("|  |  |  |\n| BAN CHẤP HÀNH TRUNG ƯƠNG \\\\\\   |  | |  | | Dự thảo lần 2 | | ĐOÀN TNCS HỒ CHÍ MINH "
            "Hà Nội, ngày 05 tháng 8 năm 2022 |\n\n"
            "BÁO CÁO\n\nTổng kết công tác thanh niên năm 2022\n\nI. KẾT QUẢ\n")
    rec = extract_text(text, nlp)
    assert "\\" not in rec.issuer.name
    assert rec.issuer.name.startswith("Ban Chấp hành Trung ương")


def test_header_row_flattened_with_wide_gaps_splits_into_cells(nlp):
    gap = " " * 30
    text = (f"Kế hoạch năm học\n\n PHÒNG GD & ĐT AN LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{gap}TRƯỜNG TH HÒA BÌNH"
            f"{gap}Độc lập – Tự do – Hạnh phúc\n\n     Số:  21/KH-THHB{gap}An Lạc, ngày 20 tháng 9 năm 2024\n\n"
            "KẾ HOẠCH HOẠT ĐỘNG NGOÀI GIỜ\n\nNĂM HỌC 2024 – 2025\n\nCăn cứ Kế hoạch năm học của nhà trường;\n")
    rec = extract_text(text, nlp)
    assert rec.issuer.name == "Trường TH Hòa Bình"
    assert rec.date == "2024-09-20"


def test_school_short_level_keeps_the_place_in_capitals():
    assert name_case("TRƯỜNG TH HÒA BÌNH") == "Trường TH Hòa Bình"
    assert name_case("TRƯỜNG MN HOA SEN") == "Trường MN Hoa Sen"


def test_name_wrapped_after_first_syllable_of_its_place(nlp):
    text = ("TRƯỜNG TIỂU HỌC HÒA\nBÌNH\nSố: 39/KH-THHB\n" + _MOTTO + "Hòa Bình, ngày 30 tháng 8 năm 2024\n\n"
            "KẾ HOẠCH\nGIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2024 - 2025\n\nI. CĂN CỨ\n")
    assert extract_text(text, nlp).issuer.name == "Trường Tiểu học Hòa Bình"
    # an urgency mark under the name goes on no name
    text = text.replace("HÒA\nBÌNH\n", "HÒA BÌNH\nKHẨN\n")
    assert extract_text(text, nlp).issuer.name == "Trường Tiểu học Hòa Bình"


def test_span_of_years_wrapped_after_its_hyphen_past_a_blank_line(nlp):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN PHƯỚC\nSố: 86/KH-UBND\n" + _MOTTO + "An Phước, ngày 29 tháng 12 năm 2025\n\n"
            "KẾ HOẠCH\n\nPHÁT TRIỂN CHÍNH QUYỀN SỐ TỈNH AN PHƯỚC GIAI ĐOẠN 2026-\n\n2030\n\n"
            "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n")
    assert extract_text(text, nlp).title == "PHÁT TRIỂN CHÍNH QUYỀN SỐ TỈNH AN PHƯỚC GIAI ĐOẠN 2026-2030"


def test_ministry_name_wrapped_in_a_narrow_cell(nlp):
    text = ("BỘ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN\nNÔNG THÔN\nSố: 512/BNN-KH\nV/v góp ý dự thảo Thông tư\n" + _MOTTO
            + "Hà Nội, ngày 11 tháng 12 năm 2019\n\nKính gửi: Các đơn vị thuộc Bộ\n")
    assert extract_text(text, nlp).issuer.name == "Bộ Nông nghiệp và Phát triển nông thôn"


def test_committee_named_by_its_purpose_goes_on_over_the_header_lines(nlp):
    text = ("BAN CHỈ ĐẠO TỈNH\nVỀ\nPHÒNG, CHỐNG THIÊN\nTAI\nSố: 12/KH-BCĐ\n" + _MOTTO
            + "An Phước, ngày 11 tháng 11 năm 2019\n\nKẾ HOẠCH\nỨNG PHÓ MÙA MƯA BÃO NĂM 2020\n\nI. MỤC ĐÍCH\n")
    assert extract_text(text, nlp).issuer.name == "Ban Chỉ đạo tỉnh về phòng, chống thiên tai"


def test_summary_line_read_twice_by_a_scan_is_kept_once(nlp):
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN PHƯỚC\nSố: 78/NQ-HĐND\n" + _MOTTO + "An Phước, ngày 07 tháng 12 năm 2023\n\n"
            "NGHỊ QUYẾT\nVỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024 NGUỒN VỐN: NGÂN SÁCH\n\nTRUNG ƯƠNG VÀ NGÂN SÁCH TỈNH\n"
            "NGÂN SÁCH TRUNG ƯƠNG VÀ NGÂN SÁCH TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert extract_text(text, nlp).title == "VỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024 NGUỒN VỐN: NGÂN SÁCH TRUNG ƯƠNG VÀ NGÂN SÁCH TỈNH"


def test_plenum_conclusion_keeps_its_committee_and_subject(nlp):
    # A plenum's conclusion (Guidance 36-HD/VPTW): the plenum, its committee and term, then "về ...".
    head = "TỈNH ỦY AN PHƯỚC\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 45-KL/TU\nAn Phước, ngày 13 tháng 5 năm 2022\nKẾT LUẬN\n"
    body = "Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp ngày 26/4/2022 đã thảo luận và kết luận:\nI. ĐÁNH GIÁ\n"
    want = "HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI) về phát triển hạ tầng giao thông đến năm 2030"
    for summary in ("HỘI NGHỊ LẦN THỨ NĂM\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI) về phát triển hạ tầng giao thông đến năm 2030\n",
                    "HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n(KHÓA XVI) về phát triển hạ tầng giao thông đến năm 2030\n"):
        assert extract_text(head + summary + body, nlp).title == want


def test_summary_line_in_small_letters_opening_with_thuc_hien_goes_on(nlp):
    head = "CHÍNH PHỦ\n" + _MOTTO + "Số: 12/NQ-CP\nHà Nội, ngày 06 tháng 4 năm 2026\nNGHỊ QUYẾT\n"
    text = (head + "Ban hành Chương trình hành động của Chính phủ\nthực hiện Nghị quyết số 20-NQ/TW ngày 30 tháng 4 năm 2025\n"
            "_____\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n")
    assert extract_text(text, nlp).title == ("Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 20-NQ/TW "
                                             "ngày 30 tháng 4 năm 2025")
    # the body's sentence opens with a capital
    text = head + "Về phát triển du lịch cộng đồng\nThực hiện Nghị quyết số 20-NQ/TW, Chính phủ quyết nghị:\n"
    assert extract_text(text, nlp).title == "Về phát triển du lịch cộng đồng"


def test_place_whose_first_syllable_a_scan_misread_is_named_by_the_header(nlp):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 547/QĐ-UBND\n" + _MOTTO + "Koøn Tum, ngày 27 tháng 8 năm 2024\n\n"
            "QUYẾT ĐỊNH\nPHÊ DUYỆT NHIỆM VỤ QUY HOẠCH XÂY DỰNG VÙNG HUYỆN\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert extract_text(text, nlp).place == "Kon Tum"
    # a place the header does not name is left as read
    assert extract_text(text.replace("Koøn Tum", "Xyøz Hòa"), nlp).place == "Hòa"
