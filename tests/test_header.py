"""Header blocks as real documents print them: multi-line issuers, wrapped cells, broken lines."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text

BODY = "\n\nI. MỤC ĐÍCH\n1. Tuyên truyền sâu rộng.\n"


def test_a_standing_board_is_named_with_its_committee(nlp):
    text = (
        "ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG HÒA AN\nBAN THƯỜNG TRỰC\nSố: 05/KH-MTTQ-BTT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHòa An, ngày 02 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nTổ chức hội nghị cử tri" + BODY
    )
    rec = extract_text(text, nlp)
    assert rec.issuer.name == "Ban Thường trực Ủy ban MTTQ Việt Nam phường Hòa An"
    assert rec.issuer.parent == "Ủy ban MTTQ Việt Nam phường Hòa An"


def test_a_speck_before_the_issuer_is_not_part_of_it(nlp):
    text = "/ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 12/KH-UBND\nTân Phú, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nThử nghiệm" + BODY
    assert extract_text(text, nlp).issuer.name == "Ủy ban nhân dân xã Tân Phú"


def test_a_signer_interleaved_with_the_recipients(nlp):
    # Two columns exported one after the other: the signature sits inside "Nơi nhận", and the
    # signer's family name is a rare one.
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nKhà Thị Mây\n"
    rec = extract_text("KẾ HOẠCH\nThử nghiệm" + BODY + "\n" + closing, nlp)
    assert rec.signer.name == "Khà Thị Mây"
    assert all("Mây" not in r.name for r in rec.recipients)


# A header table exported from a web page: each cell's lines wrapped where the cell was narrow.
WRAPPED_HEADER = """|
ỦY BAN NHÂN
DÂN
TỈNH NAM SƠN
-------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số:
15/KH-UBND
|
{place_date}
|
KẾ HOẠCH
Triển khai thi hành luật
"""


@pytest.mark.parametrize(
    "place_date, place, date",
    [
        ("Nam Sơn, ngày\n27 tháng 09 năm 2022", "Nam Sơn", "2022-09-27"),
        ("Nam Sơn, ngày 26\ntháng 4 năm 2024", "Nam Sơn", "2024-04-26"),
        ("Thành phố Hồ Chí\nMinh, ngày 18 tháng 11 năm 2025", "Thành phố Hồ Chí Minh", "2025-11-18"),
        ("Thừa\nThiên Huế, ngày 23 tháng 01 năm 2021", "Thừa Thiên Huế", "2021-01-23"),
        ("Bà Rịa - Vũng\nTàu, ngày 30 tháng 7 năm 2024", "Bà Rịa - Vũng Tàu", "2024-07-30"),
        ("Phan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007", "Phan Rang-Tháp Chàm", "2007-03-05"),
        ("Thành phố Hồ Chí Minh, ngày\n18 tháng 11\nnăm 2025", "Thành phố Hồ Chí Minh", "2025-11-18"),
        ("Đắk R'Lấp, ngày 05 tháng 3 năm 2024", "Đắk R'Lấp", "2024-03-05"),
        ("Cư M'gar, ngày 05 tháng 3 năm 2024", "Cư M'gar", "2024-03-05"),
        ("TP Hồ Chí Minh, ngày 05 tháng 3 năm 2024", "TP Hồ Chí Minh", "2024-03-05"),
    ],
)
def test_a_wrapped_header_cell_is_read_whole(place_date, place, date, nlp):
    rec = extract_text(WRAPPED_HEADER.format(place_date=place_date) + BODY, nlp)
    assert rec.issuer.name == "Ủy ban nhân dân tỉnh Nam Sơn"  # not "Hội Chủ nghĩa Việt Nam"
    assert (rec.place, rec.date, rec.symbol) == (place, date, "15/KH-UBND")


@pytest.mark.parametrize(
    "header, issuer",
    [
        ("VĂN PHÒNG CHÍNH\nPHỦ", "Văn phòng Chính phủ"),
        ("THỦ TƯỚNG\nCHÍNH PHỦ", "Thủ tướng Chính phủ"),
        ("HỘI\nĐỒNG NHÂN DÂN\nTỈNH NAM SƠN", "Hội đồng nhân dân tỉnh Nam Sơn"),
        ("UBND TỈNH NAM SƠN\nSỞ GIÁO DỤC VÀ\nĐÀO TẠO", "Sở Giáo dục và Đào tạo tỉnh Nam Sơn"),
    ],
)
def test_a_name_cut_inside_a_term_goes_on(header, issuer, nlp):
    text = f"{header}\nSố: 15/QĐ-X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 02 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc thử" + BODY
    assert extract_text(text, nlp).issuer.name == issuer


def test_an_authority_wrapped_in_its_cell_is_no_signer(nlp):
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nTM. ỦY BAN\nNHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTống Văn Bình\n|\n"
    rec = extract_text("KẾ HOẠCH\nThử nghiệm" + BODY + "\n" + closing, nlp)
    assert rec.signer.name == "Tống Văn Bình"
    assert rec.signer.authority.startswith("T/M Ủy ban nhân dân")


@pytest.mark.parametrize(
    "after_type, title",
    [
        # the line naming who issues, between a decision's summary and its grounds
        (
            "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BAN CHỈ ĐẠO\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM SƠN\nCăn cứ Luật Tổ chức chính quyền địa phương;",
            "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BAN CHỈ ĐẠO",
        ),
        (
            "BAN HÀNH QUY ĐỊNH MỨC HỖ TRỢ\nHỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN\nKHÓA X KỲ HỌP THỨ 5\nCăn cứ Luật Ngân sách nhà nước;",
            "BAN HÀNH QUY ĐỊNH MỨC HỖ TRỢ",
        ),
        # a line of the summary that names a body goes on with it
        (
            "VỀ VIỆC KIỆN TOÀN THÀNH VIÊN CỦA\nBAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI TỈNH\nCăn cứ Luật Phòng chống thiên tai;",
            "VỀ VIỆC KIỆN TOÀN THÀNH VIÊN CỦA BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI TỈNH",
        ),
        # the body's first sentence after a summary in capitals
        ("VỀ TĂNG CƯỜNG AN TOÀN GIAO THÔNG\nTrong những năm qua, các cấp đã quan tâm.", "VỀ TĂNG CƯỜNG AN TOÀN GIAO THÔNG"),
        # a summary in two paragraphs of a Word export
        ("\nKết quả phối hợp hoạt động\n\nNăm học 2016 – 2017\n\n\n\nThực hiện Chương trình phối hợp, như sau:", "Kết quả phối hợp hoạt động Năm học 2016 – 2017"),
        ("\nKết quả phối hợp hoạt động\n\nNhằm nâng cao chất lượng, như sau:", "Kết quả phối hợp hoạt động"),
        ("\nKết quả phối hợp hoạt động\n\nPhòng Giáo dục báo cáo kết quả năm học.", "Kết quả phối hợp hoạt động"),
        # a scan's specks in cells of their own beside the summary's lines
        ("\nKết luận của Chủ tịch Trần Văn Nam\n\nxa\tvề tình hình triển khai dự án cao tốc\n\nCăn cứ Luật Xây dựng;", "Kết luận của Chủ tịch Trần Văn Nam về tình hình triển khai dự án cao tốc"),
        ("\n»\tVề việc cấp Bằng khen cho các tập thể\n\nCăn cứ Luật Thi đua, khen thưởng;", "cấp Bằng khen cho các tập thể"),
        # a line ending on "của các" goes on after a blank line, however long the next one
        (
            "\nKết luận về kết quả kiểm tra của các\n\nĐoàn kiểm tra rà soát, tháo gỡ các khó khăn, vướng mắc liên quan đến các dự án giao thông trọng điểm có kế hoạch hoàn thành năm 2025\n\nCăn cứ Luật Giao thông;",
            "Kết luận về kết quả kiểm tra của các Đoàn kiểm tra rà soát, tháo gỡ các khó khăn, vướng mắc liên quan đến các dự án giao thông trọng điểm có kế hoạch hoàn thành năm 2025",
        ),
    ],
)
def test_the_summary_ends_where_it_ends(after_type, title, nlp):
    text = "ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\nSố: 15/QĐ-UBND\nNam Sơn, ngày 02 tháng 3 năm 2025\nQUYẾT ĐỊNH\n" + after_type + BODY
    assert extract_text(text, nlp).title == title


def test_a_notice_numbered_in_its_series(nlp):
    text = "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 26 tháng 12 năm 2022\n\nTHÔNG BÁO SỐ 02\nKết quả cuộc thi ảnh năm 2022\n\n\nThực hiện kế hoạch, như sau:\n"
    rec = extract_text(text, nlp)
    assert (rec.doc_type, rec.title) == ("TB", "Kết quả cuộc thi ảnh năm 2022")


PORTAL = (
    "Đang tải văn bản...\n"
    + "".join(f"|\n{label}\n|\n{value}\n|\n" for label, value in [
        ("Số hiệu:", "301/CĐ-TTg"), ("Loại văn bản:", "Công điện"), ("Nơi ban hành:", "Thủ tướng Chính phủ"),
        ("Người ký:", "Trần Văn An"), ("Ngày ban hành:", "20/11/2025"), ("Ngày hiệu lực:", "Đã biết"),
        ("Số công báo:", "Đang cập nhật"), ("Tình trạng:", "Đã biết"), ("Lĩnh vực:", "Tài nguyên - Môi trường"),
        ("Ngày công báo:", "Đang cập nhật"), ("Cập nhật:", "2 tuần trước"),
    ])
    + "THỦ TƯỚNG CHÍNH\nPHỦ\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
    "Số: 301/CĐ-TTg\n|\nHà Nội, ngày 20\ntháng 11 năm 2025\n|\nCÔNG ĐIỆN\nV/V ỨNG PHÓ\nMƯA LŨ TẠI CÁC TỈNH MIỀN TRUNG\n"
    "THỦ TƯỚNG CHÍNH PHỦ điện:\n|\n- Chủ tịch Ủy ban nhân dân các tỉnh;\n|\nMưa lớn kéo dài trên diện rộng.\n"
)


def test_a_portal_page_copying_the_header(nlp):
    rec = extract_text(PORTAL, nlp)
    assert rec.issuer.name == "Thủ tướng Chính phủ" and rec.issuer.evidence == "header"
    assert (rec.symbol, rec.doc_type, rec.place, rec.date) == ("301/CĐ-TTg", "CĐ", "Hà Nội", "2025-11-20")
    assert rec.title == "ỨNG PHÓ MƯA LŨ TẠI CÁC TỈNH MIỀN TRUNG"
    assert not any("điện" in a.body for a in rec.assignments)


def test_a_letter_under_a_portal_summary(nlp):
    summary = "Bộ Tư pháp đề nghị các cơ quan báo chí đưa tin đúng về việc sắp xếp đơn vị hành chính, tránh thông tin sai lệch lan truyền trên mạng xã hội trong thời gian gần đây.\n"
    header = (
        "|\nBỘ TƯ PHÁP\n--------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
        "Số:2045/BTP-VP\nV/v tuyên truyền chủ trương của\nĐảng, Nhà nước.\n|\nHà Nội, ngày\n21 tháng 11 năm 2025\n|\n"
        "Kính gửi:\n- Báo Nhân dân.\n|\nThời gian gần đây xuất hiện thông tin sai lệch.\n"
    )
    rec = extract_text(summary * 2 + header, nlp)
    assert (rec.issuer.name, rec.place, rec.date) == ("Bộ Tư pháp", "Hà Nội", "2025-11-21")
    assert rec.title == "tuyên truyền chủ trương của Đảng, Nhà nước."


def test_a_header_row_flattened_with_pipes(nlp):
    text = "ỦY BAN NHÂN DÂN TỈNH NAM SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 98/KH-UBND | Nam Sơn, ngày 15 tháng 5 năm 2019 |\n" + BODY
    rec = extract_text(text, nlp)
    assert (rec.symbol, rec.doc_type, rec.place, rec.date) == ("98/KH-UBND", "KH", "Nam Sơn", "2019-05-15")
    assert rec.issuer.name == "Ủy ban nhân dân tỉnh Nam Sơn"


def test_a_name_ending_on_a_line_of_its_own(nlp):
    text = "VIỆN KIỂM SÁT NHÂN DÂN\n\nTỐI CAO\n\nSố: 01/CT-VKSTC\nHà Nội, ngày 01 tháng 01 năm 2011\nCHỈ THỊ\nVề công tác kiểm sát" + BODY
    assert extract_text(text, nlp).issuer.name == "Viện kiểm sát nhân dân tối cao"


def test_a_recipient_named_by_person_is_no_signer(nlp):
    closing = "Nơi nhận:\n Như trên;\n Đ/c Nguyễn Văn Lâm,\n  Bí thư (để báo cáo);\n Lưu VP.\n\nTL. BAN BÍ THƯ\nCHÁNH VĂN PHÒNG\n\nTrần Quốc Huy\n"
    rec = extract_text("KẾ HOẠCH\nThử nghiệm" + BODY + "\n" + closing, nlp)
    assert rec.signer.name == "Trần Quốc Huy"


@pytest.mark.parametrize(
    "preamble, issuer",
    [
        ("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:", "Ủy ban nhân dân tỉnh Nam Sơn"),
        ("UBND tỉnh ban hành Kế hoạch thực hiện như sau:", "Ủy ban nhân dân tỉnh Nam Sơn"),
        ("Các sở, ngành triển khai kế hoạch như sau:", "Ủy ban nhân dân"),  # the preamble does not say: as printed
    ],
)
def test_a_body_named_without_its_unit(preamble, issuer, nlp):
    text = f"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 54/KH-UBND | Nam Sơn, ngày 27 tháng 3 năm 2020 |\n\nThực hiện Quyết định số 10/QĐ-TTg của Thủ tướng Chính phủ;\n{preamble}\n" + BODY
    assert extract_text(text, nlp).issuer.name == issuer


def test_line_breaks_written_as_escapes(nlp):
    text = "\\r\\n ỦY BAN NHÂN DÂN TỈNH NAM SƠN \\r\\n \\r\\n Số: 54/KH-UBND \\r\\n Nam Sơn, ngày 27 tháng 3 năm 2020 \\r\\n\\r\\nKẾ HOẠCH\\r\\nThử nghiệm\\r\\n" + BODY
    rec = extract_text(text, nlp)
    assert (rec.symbol, rec.doc_type, rec.date, rec.title) == ("54/KH-UBND", "KH", "2020-03-27", "Thử nghiệm")


def test_a_header_table_exported_with_tabs(nlp):
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH NAM SƠN\tĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 09/2009/CT-UBND\tPhú Mỹ, ngày 15 tháng 4 năm 2009\n\nCHỈ THỊ\nVề việc thử nghiệm" + BODY
    )
    rec = extract_text(text, nlp)
    assert (rec.symbol, rec.place, rec.date) == ("09/2009/CT-UBND", "Phú Mỹ", "2009-04-15")
    assert rec.issuer.name == "Ủy ban nhân dân tỉnh Nam Sơn"


@pytest.mark.parametrize(
    "header, issuer",
    [
        ("ĐẢNG BỘ TỈNH NAM SƠN\nTỈNH ỦY\n*", "Tỉnh ủy Nam Sơn"),
        ("ĐẢNG BỘ XÃ TÂN PHÚ\nĐẢNG ỦY\n*", "Đảng ủy xã Tân Phú"),
        ("TỈNH ỦY NAM SƠN\nBAN DÂN VẬN\n*", "Ban Dân vận Tỉnh ủy Nam Sơn"),
        ("ỦY BAN NHÂN DÂN\nHUYỆN\nCHÂU THÀNH", "Ủy ban nhân dân huyện Châu Thành"),
        ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBAN CHẤP HÀNH HỘI LHPN TỈNH AN GIANG", "Ban Chấp hành hội Liên hiệp phụ nữ tỉnh An Giang"),
    ],
)
def test_issuers_of_party_state_and_mass_organisations(header, issuer, nlp):
    text = f"{header}\nSố 45-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Phú, ngày 10 tháng 01 năm 2024\nKẾ HOẠCH\nthực hiện chương trình" + BODY
    assert extract_text(text, nlp).issuer.name == issuer


def test_two_columns_run_together_on_one_line(nlp):
    text = (
        "ỦY BAN NHÂN DÂN TỈNH NAM SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 11/CT-UBND Phú Mỹ, ngày 03 tháng 6 năm 2024\nCHỈ THỊ\nVề tăng cường phòng cháy" + BODY
    )
    rec = extract_text(text, nlp)
    assert (rec.issuer.name, rec.symbol, rec.place, rec.date) == ("Ủy ban nhân dân tỉnh Nam Sơn", "11/CT-UBND", "Phú Mỹ", "2024-06-03")


def test_a_summary_naming_the_party_is_kept_whole(nlp):
    text = (
        "TỈNH ỦY NAM SƠN\nBAN TUYÊN GIÁO\nSố 12-CV/BTGTU\nV/V KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nNam Sơn, ngày 10 tháng 01 năm 2024\nKính gửi: Các chi bộ\nThực hiện kế hoạch.\n"
    )
    assert extract_text(text, nlp).title == "KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM"


def test_an_issuer_without_its_marks_is_unknown(nlp):
    # A text layer that dropped every letter with a mark: the name is not guessed.
    text = "UBND TNH PH TH\nS VN HO TH THAO V DU LCH\nS: 02 /HD-SVHTTDL\nHNG DN\nV vic t chc Chng trnh" + BODY
    rec = extract_text(text, nlp)
    assert rec.issuer is None
    assert any(w.code == "issuer-doubtful" for w in rec.warnings)


def test_ethnic_place_names_are_readable(nlp):
    text = "ỦY BAN NHÂN DÂN\nXÃ EA H'LEO KRÔNG BUK\nSố: 12/KH-UBND\nEa H'Leo, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nThử nghiệm" + BODY
    assert extract_text(text, nlp).issuer.name == "Ủy ban nhân dân xã Ea H'leo Krông Buk"


@pytest.mark.parametrize("written", ["TS. Nguyễn Văn Bình", "Đại tá Nguyễn Văn Bình", "PGS.TS. Nguyễn Văn Bình", "ThS.Nguyễn Văn Bình"])
def test_a_degree_or_rank_before_the_signer_s_name(written, nlp):
    closing = f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n{written}\n"
    rec = extract_text("KẾ HOẠCH\nThử nghiệm" + BODY + "\n" + closing, nlp)
    assert rec.signer.name == "Nguyễn Văn Bình"


def test_a_weekday_dateline_is_no_place_of_issue(nlp):
    text = "Tin hoạt động\nThứ Hai, ngày 17 tháng 6 năm 2019 - 11:37\nBan Chỉ đạo tỉnh vừa ban hành Kế hoạch tổ chức hội thi.\n"
    rec = extract_text(text, nlp)
    assert (rec.place, rec.date) == (None, None)


def test_the_issuer_span_covers_all_its_lines(nlp):
    text = "ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\nSố: 12/KH-UBND\nNam Sơn, ngày 05 tháng 3 năm 2024 |\nKẾ HOẠCH\nThử nghiệm" + BODY
    rec = extract_text(text, nlp)
    span = rec.spans["issuer"]
    assert text[span.start : span.end] == "ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN"
    date = rec.spans["date"]
    assert text[date.start : date.end] == "05 tháng 3 năm 2024"


DECISION_WITHOUT_TYPE_LINE = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 1486/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 29 tháng 11 năm 2024\n\nBan hành Kế hoạch thực hiện Quy hoạch tỉnh Lai Châu\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
    "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Quy hoạch tỉnh Lai Châu.\n"
)


def test_a_summary_whose_type_line_ocr_lost(nlp):
    rec = extract_text(DECISION_WITHOUT_TYPE_LINE, nlp)
    assert rec.title == "Ban hành Kế hoạch thực hiện Quy hoạch tỉnh Lai Châu"
    assert rec.doc_type == "QĐ"


def test_the_operative_verb_after_the_grounds_is_not_the_type_line(nlp):
    # Without the summary line either, no title is better than Điều 1.
    text = DECISION_WITHOUT_TYPE_LINE.replace("Ban hành Kế hoạch thực hiện Quy hoạch tỉnh Lai Châu\n", "")
    rec = extract_text(text, nlp)
    assert rec.title is None or not rec.title.startswith("Điều 1")


def test_a_portal_page_cut_before_the_signature_names_its_signer(nlp):
    text = (
        "Số hiệu: 12/CV-TA\nLoại văn bản: Công văn\nNgười ký: Nguyễn Văn Du\nNgày ban hành: 05/4/2022\n\n"
        "TÒA ÁN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 12/CV-TA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Kiên Giang, ngày 05 tháng 4 năm 2022\nV/v tổ chức hội nghị\n\nKính gửi: Các đơn vị\n\nĐể triển khai nhiệm vụ năm 2022, "
    )
    rec = extract_text(text, nlp)
    assert rec.signer is not None and rec.signer.name == "Nguyễn Văn Du"
    assert text[rec.spans["signer"].start : rec.spans["signer"].end] == "Nguyễn Văn Du"


def test_a_place_and_date_line_that_lost_the_space_after_ngay(nlp):
    text = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 124/CĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày30 tháng 11 năm 2024\nCÔNG ĐIỆN\nVề vụ cháy" + BODY
    rec = extract_text(text, nlp)
    assert (rec.place, rec.date) == ("Hà Nội", "2024-11-30")


@pytest.mark.parametrize("type_line", ["QUYẾT ĐỊNH", ". . QUYẾT ĐỊNH", "QUYEÉT ĐỊNH", "QUYÉT ĐỊNH"])
def test_a_type_name_under_specks_or_misread_above_a_summary_in_lower_case(type_line, nlp):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\nSố: 15/QĐ-UBND\nNam Sơn, ngày 02 tháng 3 năm 2025\n\n"
        + type_line
        + "\n\nvề việc thành lập Ban chỉ đạo giải quyết khó khăn\n\nCăn cứ Luật Tổ chức chính quyền địa phương;"
        + BODY
    )
    record = extract_text(text, nlp)
    assert record.doc_type == "QĐ"
    assert record.title == "về việc thành lập Ban chỉ đạo giải quyết khó khăn"


def test_a_summary_word_misread_by_ocr_is_read_again_where_the_body_restates_it():
    from plankb.extractors.fields.header import _read_again_in_body

    title = "Về vụ cháy nhà dân tại số 6 đường Trần Phú, Nhường Bến Thành, quận Một"
    body = "Ngày 3/5, tại đường Trần Phú, phường Bến Thành, quận Một xảy ra cháy. Phường Bến Thành đã..."
    assert _read_again_in_body(title, body) == "Về vụ cháy nhà dân tại số 6 đường Trần Phú, Phường Bến Thành, quận Một"
    # marks only: left to the document's consensus; a body that reads it as the summary does: kept
    assert _read_again_in_body("Về việc ở thành phố Hạ Long năm nay", "tại thành phố Hà Long nay") == "Về việc ở thành phố Hạ Long năm nay"
    assert _read_again_in_body(title, body + " đường Trần Phú, Nhường Bến Thành; Trần Phú, Nhường Bến") == title


def test_a_header_that_lost_its_first_letter(nlp):
    # "Ủ" dropped by a portal's export: "Y BAN NHÂN DÂN" / "TỈNH KON TUM"
    text = "Y BAN NHÂN DÂN\nTỈNH AN LẠC\n\nSố: 12/KH-UBND\n\nAn Lạc, ngày 03 tháng 10 năm 2014\n\nKẾ HOẠCH\nTriển khai thực hiện\n\nI. MỤC ĐÍCH\n"
    assert extract_text(text, nlp).issuer.name == "Ủy ban nhân dân tỉnh An Lạc"
