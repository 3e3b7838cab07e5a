"""Openings of documents as web copies (law libraries, portals): what the copy does to the header."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.layout_markers import SESSION_LINE_EXAMPLES
from tests.conftest import extract_text

BODY = "\n\nI. MỤC ĐÍCH\n1. Tuyên truyền sâu rộng.\n"


@pytest.mark.parametrize("name, session, issuer", SESSION_LINE_EXAMPLES)
def test_a_councils_session_line_is_not_part_of_its_name(nlp, name, session, issuer):
    # A law-library copy that lost the type word and the summary: the resolution's authority line and
    # its session follow the header directly.
    text = (
        "HỘI ĐỒNG NHÂN\nDÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 40/NQ-HĐND |\n"
        f"Nam Sơn, ngày 10 tháng 7 năm 2025 |\n{name}\n{session}\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT NGHỊ:\nĐiều 1. Thông qua." + BODY
    )
    assert extract_text(text, nlp).issuer.name == issuer





def test_an_annexs_type_word_after_the_signature_is_not_the_signer(nlp):
    # A law-library copy: the signature block reduced to its authority line, the name dropped, the
    # annexed plan right after it; the site's metadata names the signer.
    text = (
        "Quyết định 901/QĐ-TTg năm 2026 về Kế hoạch triển khai Luật Thử nghiệm do Thủ tướng Chính phủ ban hành\n"
        "Số hiệu | 901/QĐ-TTg |\nNgày ban hành | 02/03/2026 |\nLoại văn bản | Quyết định |\n"
        "Cơ quan ban hành | Thủ tướng Chính phủ |\nNgười ký | Trần Văn Bình |\n"
        "THỦ TƯỚNG CHÍNH\nPHỦ |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 901/QĐ-TTg |\nHà Nội, ngày 02 tháng 3 năm 2026 |\n"
        "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT THỬ NGHIỆM SỐ 99/2025/QH15\nTHỦ TƯỚNG CHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
        "Căn cứ Nghị định số 80/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về tổ chức thi hành văn bản quy phạm pháp luật;\n"
        "Theo đề nghị của Bộ trưởng Bộ Tư pháp.\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Thử nghiệm số 99/2025/QH15.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n"
        "Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này.\n"
        "|\nKT. THỦ TƯỚNG |\nKẾ HOẠCH\nTRIỂN KHAI THI HÀNH\nLUẬT THỬ NGHIỆM SỐ 99/2025/QH15\n"
        "(Kèm theo Quyết định số 901/QĐ-TTg ngày 02 tháng 3 năm 2026 của Thủ\ntướng Chính phủ)\n"
        "Ngày 10 tháng 12 năm 2025, Quốc hội đã ban hành Luật Thử nghiệm số 99/2025/QH15 (sau đây gọi là Luậ"
    )
    assert extract_text(text, nlp).signer.name == "Trần Văn Bình"


def test_a_symbols_code_typed_twice_before_its_date(nlp):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\nSố: 30/KH-UBND\nNam Sơn, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nThực hiện sắp xếp\n"
        "Thực hiện Nghị quyết số 12-NQ/TU NQ/TU ngày 05/3/2021 của Tỉnh ủy và Kế hoạch số 7/KH-BCĐ KH-BCĐ ngày 09/4/2022 "
        "của Ban Chỉ đạo, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:" + BODY
    )
    dates = {r.symbol: r.date for r in extract_text(text, nlp).references}
    assert dates == {"12-NQ/TU": "2021-03-05", "7/KH-BCĐ": "2022-04-09"}


def test_the_authority_line_below_the_cells_of_a_copy_without_its_summary(nlp):
    # The type name and the summary are not in the copy: the line naming who issues follows the
    # number and place-and-date row; the province is the place line's.
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 15/QĐ-UBND | Kon Tum, ngày 03 tháng 4 năm 2023 |\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục." + BODY
    )
    # the chairman's decision, as the shared golds name it first ("Chủ tịch Ủy ban nhân dân tỉnh ...")
    assert extract_text(text, nlp).issuer.name == "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum"


def test_a_propaganda_outline_names_its_subject_under_its_type(nlp):
    text = (
        "HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM SƠN\nBAN THƯỜNG VỤ\nNam Sơn, ngày 12 tháng 5 năm 2022\n"
        "ĐỀ CƯƠNG TUYÊN TRUYỀN\nKỶ NIỆM 92 NĂM NGÀY THÀNH LẬP HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\n"
        "Hội Liên hiệp Phụ nữ Việt Nam được thành lập ngày 20 tháng 10 năm 1930." + BODY
    )
    rec = extract_text(text, nlp)
    assert rec.title == "KỶ NIỆM 92 NĂM NGÀY THÀNH LẬP HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM"
    assert rec.doc_type == "ĐC"


def test_a_news_leads_quoted_subject_is_the_title(nlp):
    text = (
        "Ngày 05/3/2026, UBND tỉnh Nam Sơn đã ban hành Kế hoạch số 20/KH-UBND về “Xây dựng xã kiểu mẫu về an ninh, "
        "trật tự”, thời gian thực hiện từ ngày 01/4/2026 đến hết năm 2026.\n\nCác xã được chọn là địa bàn trọng điểm.\n"
    )
    assert extract_text(text, nlp).title == "về “Xây dựng xã kiểu mẫu về an ninh, trật tự”"


def test_a_lead_dated_by_the_time_of_day(nlp):
    text = (
        "(18/3/2024)\n(NSO) - Chiều nay 15/3/2024, Giám đốc Sở Y tế đã ký văn bản hỏa tốc đề nghị các bệnh viện "
        "tăng cường phòng, chống dịch sốt xuất huyết.\n"
    )
    assert extract_text(text, nlp).date == "2024-03-15"


def test_a_lead_of_a_deputys_signature_with_the_short_name_after_the_subject(nlp):
    text = (
        "12/04/2025\nNgày 10/4/2025, Phó Thủ tướng Chính phủ Lê Văn Tâm đã ký Quyết định số 777/QĐ-TTg phê duyệt "
        "Đề án phát triển cảng cá ven biển đến năm 2030 (Đề án). Đề án được xây dựng với các quan điểm phù hợp.\n"
    )
    rec = extract_text(text, nlp)
    assert rec.date == "2025-04-10"
    assert rec.title == "phê duyệt Đề án phát triển cảng cá ven biển đến năm 2030"
