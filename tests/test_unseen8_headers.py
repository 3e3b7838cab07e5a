"""Headers of the 2025 reorganisation and of news leads naming the official who signed (made-up
texts written in the conventions: Decree 30/2020/NĐ-CP, Regulation 66-QĐ/TW)."""

from __future__ import annotations

from plankb.extractors.names import name_case
from tests.conftest import extract_text


def _lead(text: str, nlp):
    return extract_text(f"Tin tức - Sự kiện\n{text}\n", nlp)


def test_head_signing_in_own_name_issues_by_post(nlp):
    rec = _lead("Thủ tướng Chính phủ Trần Văn Hùng ký Quyết định số 321/QĐ-TTg ngày 05/3/2025 thành lập "
                "Hội đồng thẩm định quy hoạch vùng.", nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("QĐ", "321/QĐ-TTg", "2025-03-05")
    assert rec.issuer.name == "Thủ tướng Chính phủ"


def test_deputy_signs_for_the_body_his_post_names(nlp):
    # A deputy signs for the body (KT.), as "thay mặt UBND tỉnh, Phó Chủ tịch ..." says outright.
    rec = _lead("Phó Chủ tịch UBND tỉnh Đỗ Minh Tâm ký Quyết định số 55/QĐ-UBND ngày 05/3/2025 thành lập "
                "Ban Chỉ đạo chuyển đổi số.", nlp)
    assert rec.symbol == "55/QĐ-UBND"
    assert rec.issuer.name == "UBND tỉnh"
    # the Deputy Prime Minister signs for the Prime Minister, not for "Chính phủ"
    rec = _lead("Phó Thủ tướng Chính phủ Lê Minh Khái ký Quyết định số 77/QĐ-TTg ngày 05/3/2025 thành lập "
                "Hội đồng quốc gia về tài nguyên nước.", nlp)
    assert rec.symbol == "77/QĐ-TTg"
    assert rec.issuer is None or rec.issuer.name != "Chính phủ"


def test_place_after_its_unit_is_no_person_name(nlp):
    # "Hồ Chí Minh" reads like a person's name; after "TP." it is the city.
    rec = _lead("Chủ tịch UBND TP. Hồ Chí Minh vừa ký Quyết định số 12/QĐ-UBND ngày 02/4/2025 thành lập "
                "Tổ công tác đặc biệt.", nlp)
    assert rec.symbol == "12/QĐ-UBND"
    assert rec.issuer.name == "Chủ tịch UBND TP. Hồ Chí Minh"


def test_bare_sign_verb_needs_a_number(nlp):
    # "ký Kế hoạch" without a number is no announcement of an identified document.
    rec = _lead("Hai bên đã ký kế hoạch phối hợp công tác năm 2025 tại hội nghị.", nlp)
    assert rec.symbol is None


def test_dispatch_subject_ends_the_issuer(nlp):
    rec = _lead("Ngày 03/9/2025, UBND tỉnh ban hành Công điện số 9/CĐ-UBND của Chủ tịch UBND tỉnh đề nghị các xã, "
                "phường chủ động ứng phó mưa lũ.", nlp)
    assert rec.symbol == "9/CĐ-UBND"
    assert rec.issuer.name in ("Chủ tịch UBND tỉnh", "UBND tỉnh")
    assert "đề nghị" not in rec.issuer.name


def test_regional_units_of_2025_are_cased_as_places():
    assert name_case("TRUNG TÂM Y TẾ KHU VỰC HÀM YÊN") == "Trung tâm Y tế khu vực Hàm Yên"
    assert name_case("KHO BẠC NHÀ NƯỚC KHU VỰC VII") == "Kho bạc Nhà nước khu vực VII"
    assert name_case("BỆNH VIỆN ĐA KHOA KHU VỰC NGHĨA LỘ") == "Bệnh viện Đa khoa khu vực Nghĩa Lộ"
    assert name_case("TRUNG TÂM VĂN HÓA, THÔNG TIN VÀ THỂ THAO XÃ ĐỊNH HÓA") == (
        "Trung tâm Văn hóa, Thông tin và Thể thao xã Định Hóa"
    )


def test_header_of_new_commune_and_merged_organs(nlp):
    text = (
        "TỈNH ỦY TUYÊN QUANG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 31-HD/BTGDVTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Tuyên Quang, ngày 14 tháng 8 năm 2025\n\nHƯỚNG DẪN\ntuyên truyền Đại hội Đảng bộ tỉnh lần thứ I\n\n"
        "Căn cứ Quy định số 66-QĐ/TW ngày 06/02/2025 của Ban Chấp hành Trung ương Đảng về thể loại, thẩm quyền ban hành văn bản;\n"
    )
    rec = extract_text(text, nlp)
    assert (rec.doc_type, rec.symbol, rec.date, rec.place) == ("HD", "31-HD/BTGDVTU", "2025-08-14", "Tuyên Quang")
    assert rec.issuer.name == "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"
    assert rec.title == "tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I"


def test_ward_named_after_a_person_keeps_its_name(nlp):
    rec = _lead("Chủ tịch UBND phường Trần Hưng Đạo vừa ký Quyết định số 08/QĐ-UBND ngày 12/8/2025 thành lập "
                "Tổ hòa giải ở cơ sở.", nlp)
    assert rec.symbol == "08/QĐ-UBND"
    assert rec.issuer.name == "Chủ tịch UBND phường Trần Hưng Đạo"


def test_villages_and_schools_are_cased_as_places():
    assert name_case("CHI BỘ THÔN ĐỒNG MUỐNG") == "Chi bộ thôn Đồng Muống"
    assert name_case("TRƯỜNG THCS ĐỊNH HÓA") == "Trường THCS Định Hóa"
    assert name_case("TRƯỜNG TIỂU HỌC SỐ 1 NAM PHƯỚC") == "Trường Tiểu học số 1 Nam Phước"
    assert name_case("TRƯỜNG PTDTBT THCS NẬM CÚM") == "Trường PTDTBT THCS Nậm Cúm"
    assert name_case("TRƯỜNG THCS VÀ THPT LÊ LỢI") == "Trường THCS và THPT Lê Lợi"
    assert name_case("BAN TỔ CHỨC TỈNH ỦY") == "Ban Tổ chức Tỉnh ủy"  # a board's field is no village


def test_special_zone_and_numbered_ward_headers(nlp):
    zone = ("ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO\nSố: 14/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nCôn Đảo, ngày 21 tháng 7 năm 2025\n\nKẾ HOẠCH\nPhát triển du lịch biển đảo năm 2025\n\n"
            "Thực hiện Nghị quyết của Hội đồng nhân dân đặc khu về phát triển kinh tế - xã hội năm 2025, Ủy ban nhân dân đặc khu ban hành Kế hoạch.\n")
    rec = extract_text(zone, nlp)
    assert rec.issuer.name == "Ủy ban nhân dân đặc khu Côn Đảo"
    assert (rec.place, rec.date) == ("Côn Đảo", "2025-07-21")
    ward = ("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN AN 2\nSố: 31/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTân An 2, ngày 09 tháng 9 năm 2025\n\nTHÔNG BÁO\nLịch tiếp công dân tháng 9 năm 2025\n\n"
            "Ủy ban nhân dân phường thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân phường như sau.\n")
    rec = extract_text(ward, nlp)
    assert rec.issuer.name == "Ủy ban nhân dân phường Tân An 2"
    assert (rec.place, rec.date) == ("Tân An 2", "2025-09-09")


def test_a_number_after_the_place_is_no_symbol_digit(nlp):
    # The place's number stands before its comma; a date's digits are not taken for it.
    text = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 7/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 02 tháng 10 năm 2025\n\nKẾ HOẠCH\nTổ chức Tết trồng cây\n\n"
            "Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch.\n")
    rec = extract_text(text, nlp)
    assert (rec.place, rec.date, rec.issuer.name) == ("Hòa Bình", "2025-10-02", "Ủy ban nhân dân xã Hòa Bình")


def test_bare_board_under_a_party_organisation_is_named_with_it(nlp):
    # Regulation 66-QĐ/TW keeps the committee's own organisation on the line above its board.
    text = ("ĐẢNG BỘ THÀNH PHỐ HUẾ\nĐẢNG ỦY PHƯỜNG THUẬN HÓA\nBAN THƯỜNG VỤ\n*\nSố 12-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Thuận Hóa, ngày 15 tháng 11 năm 2025\n\nTHÔNG BÁO\nkết luận về công tác chuẩn bị bầu cử\n\n"
            "Ngày 14/11/2025, Ban Thường vụ Đảng ủy phường đã họp, cho ý kiến về công tác chuẩn bị bầu cử.\n")
    rec = extract_text(text, nlp)
    assert rec.issuer.name == "Ban Thường vụ Đảng ủy phường Thuận Hóa"
    # alone, the board is the Party's ("BAN CHẤP HÀNH TRUNG ƯƠNG" / motto): unchanged
    central = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 20 tháng 5 năm 2025\n\n"
               "CHỈ THỊ\nvề lãnh đạo đại hội đảng bộ các cấp\n\nĐại hội đảng bộ các cấp là sinh hoạt chính trị quan trọng của toàn Đảng.\n")
    rec = extract_text(central, nlp)
    assert rec.issuer.name == "Ban Chấp hành Trung ương Đảng"


def test_committee_named_by_its_level_then_its_board(nlp):
    # "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH" ends in its level, not in a unit whose name follows.
    text = ("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 09-HD/BTGDV\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Lào Cai, ngày 10 tháng 9 năm 2025\n\nHƯỚNG DẪN\ntuyên truyền các ngày lễ lớn năm 2026\n\n"
            "Căn cứ Hướng dẫn số 12-HD/BTGDVTU ngày 02/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy;\n")
    rec = extract_text(text, nlp)
    assert rec.issuer.name == "Ban Tuyên giáo và Dân vận Đảng ủy các cơ quan Đảng tỉnh"
    # a unit whose name is on the next line still takes it
    text = ("ỦY BAN NHÂN DÂN HUYỆN\nCHÂU THÀNH\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nChâu Thành, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\nPhòng chống thiên tai năm 2024\n\n"
            "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch phòng chống thiên tai.\n")
    rec = extract_text(text, nlp)
    assert rec.issuer.name == "Ủy ban nhân dân huyện Châu Thành"
