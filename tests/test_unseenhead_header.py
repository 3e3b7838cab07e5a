"""Header fields of web copies that damaged the header: a portal's list of related documents
above the header row, a header row that lost the body's unit, a copy cut after the body's unit
word, a summary run into the body's first division. Made-up text written in those conventions."""

from __future__ import annotations

import re

import pytest

from plankb.extractors.patterns import layout_markers as M
from plankb.extractors.symbols import find_symbols
from tests.conftest import extract_text

# A legal portal puts its list of related documents above the copy, and flattens the header's
# table to rows of cells ("ỦY BAN NHÂN DÂN | CỘNG HÒA ..."), losing the unit under the body.
RELATED = (
    "- 1Luật Tổ chức chính quyền địa phương 2015\n"
    "- 2Quyết định 120/QĐ-UBND năm 2022 phê duyệt Đề án phát triển nghề thủ công truyền thống trên địa bàn tỉnh"
    " Hòa Bình giai đoạn 2022 - 2025, định hướng đến năm 2030 do tỉnh Hòa Bình ban hành\n"
)
ROW = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"


def test_header_row_below_a_list_of_related_documents(nlp):
    text = (
        RELATED + ROW + "Số: 412/QĐ-UBND | Hòa Bình, ngày 14 tháng 3 năm 2023 |\n"
        "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "Căn cứ Quyết định số 120/QĐ-UBND ngày 20/01/2022 của UBND tỉnh;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt danh mục nghề.\n"
    )
    rec = extract_text(text, nlp)
    assert rec.symbol == "412/QĐ-UBND"
    assert rec.issuer is not None and rec.issuer.name == "Ủy ban nhân dân tỉnh Hòa Bình"


@pytest.mark.parametrize(
    "authority, issuer",
    [
        ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Ủy ban nhân dân tỉnh Quảng Trị"),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Ủy ban nhân dân tỉnh Quảng Trị"),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", None),  # names no unit: nothing to complete with
    ],
)
def test_the_line_naming_who_issues_completes_a_bare_header(authority, issuer, nlp):
    # The place line names the provincial capital, not the province: only the authority line tells.
    text = (
        ROW + "Số: 25/2012/QĐ-UBND | Đông Hà, ngày 05 tháng 7 năm 2012 |\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH\n"
        f"{authority}\n"
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ.\n"
    )
    rec = extract_text(text, nlp)
    assert rec.title == "VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH"
    if issuer is None:
        assert rec.issuer is None or rec.issuer.name != "Ủy ban nhân dân tỉnh Đông Hà"
    else:
        assert rec.issuer is not None and rec.issuer.name == issuer
        assert text[rec.spans["issuer"].start : rec.spans["issuer"].end] == authority


def test_portal_block_names_the_province_a_cut_header_left_bare(nlp):
    text = (
        "Quyết định 77/QĐ-UBND năm 2021 về công bố thủ tục hành chính tỉnh Bến Tre\n"
        "Số hiệu: | 77/QĐ-UBND | Loại văn bản: | Quyết định |\n"
        "Nơi ban hành: | Tỉnh Bến Tre | Người ký: | Trần Văn Cường |\n"
        "Ngày ban hành: | 12/01/2021 | Ngày hiệu lực: | Đang cập nhật |\n"
        "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 77/QĐ-UBND |\n"
        "Bến Tre, ngày 12 tháng 01 năm 2021 |\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này thủ tục hành chính.\n"
    )
    rec = extract_text(text, nlp)
    # The line under the number and place cells is the authority line (open14): it completes the bare
    # header as test_the_line_naming_who_issues_completes_a_bare_header does, the body named.
    assert rec.issuer is not None and rec.issuer.name == "Ủy ban nhân dân tỉnh Bến Tre"


@pytest.mark.parametrize(
    "after, title",
    [
        ("PHẦN I. KẾT QUẢ THỰC HIỆN NĂM 2022", "PHÁT TRIỂN DU LỊCH TỈNH NĂM 2023"),
        ("PHẦN THỨ NHẤT", "PHÁT TRIỂN DU LỊCH TỈNH NĂM 2023"),
        ("Chương I", "PHÁT TRIỂN DU LỊCH TỈNH NĂM 2023"),
        # a summary's second line that opens like a division word is still the summary
        ("CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", "PHÁT TRIỂN DU LỊCH TỈNH NĂM 2023 CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"),
    ],
)
def test_summary_stops_at_the_bodys_first_division(after, title, nlp):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n"
        "Số: 88/KH-UBND\n|\nYên Bái, ngày 02 tháng 3 năm 2023\n|\n"
        f"KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH TỈNH NĂM 2023\n{after}\n"
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Lượng khách tăng so với năm trước.\n"
    )
    rec = extract_text(text, nlp)
    assert rec.doc_type == "KH"
    assert rec.title == title


@pytest.mark.parametrize("line, entry", M.RELATED_ENTRY_EXAMPLES)
def test_related_entry_examples(line, entry):
    assert bool(re.match(M.RELATED_ENTRY, line)) is entry


def test_a_portals_list_of_related_documents_holds_no_citations(nlp):
    text = (
        "- 1Luật Thể dục, Thể thao 2006\n"
        "- 2Quyết định 55/2013/QĐ-TTg về chính sách đối với vận động viên do Thủ tướng Chính phủ ban hành\n"
        + ROW + "Số: 31/KH-UBND | Hà Nam, ngày 10 tháng 02 năm 2016 |\n"
        "KẾ HOẠCH\nPHÁT TRIỂN THỂ THAO QUẦN CHÚNG NĂM 2016\n"
        "Thực hiện Quyết định số 2198/QĐ-TTg ngày 03/12/2010 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\n"
        "I. MỤC TIÊU\n1. Tăng số người tập luyện thường xuyên.\n"
    )
    rec = extract_text(text, nlp)
    assert rec.symbol == "31/KH-UBND"
    assert [r.symbol for r in rec.references] == ["2198/QĐ-TTg"]


HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\n"
)


def test_type_name_with_the_summarys_first_words_run_into_its_line(nlp):
    text = (
        HEADER + "KẾ HOẠCH TỔ\nCHỨC NGÀY HỘI\nĐẠI ĐOÀN KẾT TOÀN DÂN TỘC NĂM 2024\n"
        "(Ban hành\nkèm theo Quyết định số 15/QĐ-UBND ngày 02/10/2024 của UBND xã Tân Lập)\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Phát huy sức mạnh khối đại đoàn kết.\n"
    )
    rec = extract_text(text, nlp)
    assert rec.doc_type == "KH"
    assert rec.title == "TỔ CHỨC NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC NĂM 2024"
    assert text[rec.spans["title"].start : rec.spans["title"].start + 2] == "TỔ"


def test_a_heading_under_a_letters_subject_is_no_type_line(nlp):
    text = (
        "BỘ TÀI CHÍNH\n-------\nSố: 120/BTC-NSNN\nV/v: Hướng dẫn lập dự toán năm 2021\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 05 tháng 6 năm 2020\n"
        "HƯỚNG DẪN LẬP DỰ TOÁN NGÂN SÁCH NĂM 2021 CỦA CÁC ĐƠN VỊ DỰ TOÁN\n"
        "Căn cứ Luật Ngân sách nhà nước;\n"
    )
    rec = extract_text(text, nlp)
    assert rec.title == "Hướng dẫn lập dự toán năm 2021"
    assert rec.doc_type != "HD"


@pytest.mark.parametrize(
    "text, symbol",
    [
        ("Số: 02/QCPH/UBND-UBMTTQ", "02/QCPH/UBND-UBMTTQ"),  # a joint act: the slash as printed
        ("Số: 07/KHPH/ĐTN-HLHPN", "07/KHPH/ĐTN-HLHPN"),
        ("Số: 12/KH/UBND", None),  # a slash for the hyphen of a single body's plan: not read as a symbol
        ("Số: 03/KHPH/UBND", None),  # a joint type naming one body
    ],
)
def test_a_joint_acts_number_with_a_slash_after_its_type(text, symbol):
    found = find_symbols(text)
    assert (found[0].text if found else None) == symbol


def test_header_columns_run_together_on_each_line(nlp):
    # A Word file shown as text: each line holds the left cell and the right cell of the header.
    long_subject = (
        "V/v hưởng ứng Tháng hành động vì an toàn thực phẩm, ngày vệ sinh yêu nước nâng cao sức khỏe nhân dân "
        "và phòng chống sốt xuất huyết trên địa bàn huyện năm 2018"
    )
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN PHONG ĐIỀN Độc lập - Tự do - Hạnh phúc\n\n\n"
        "Số: 212/UBND Phong Điền, ngày 03 tháng 4 năm 2018\n\n"
        f"{long_subject}\n\n"
        "Kính gửi:\n- Trung tâm Y tế huyện;\n- Ủy ban nhân dân các xã.\n\n"
        "Thực hiện Kế hoạch số 21/KH-BCĐ ngày 20 tháng 3 năm 2018 của Ban Chỉ đạo tỉnh, Chủ tịch Ủy ban nhân dân huyện có ý kiến như sau:\n"
    )
    assert len(long_subject) > 140
    rec = extract_text(text, nlp)
    assert (rec.symbol, rec.place, rec.date) == ("212/UBND", "Phong Điền", "2018-04-03")
    assert rec.issuer is not None and rec.issuer.name == "Ủy ban nhân dân huyện Phong Điền"
    assert rec.title == long_subject[len("V/v ") :]


def test_a_headline_naming_the_document_does_not_hide_the_lead_announcing_it(nlp):
    page = (
        "Kế hoạch số 57/KH-UBND về phát triển du lịch cộng đồng năm 2022\n"
        "Ngày 05/4/2022, UBND huyện Tân Phú đã ban hành Kế hoạch số 57/KH-UBND về phát triển du lịch cộng đồng năm 2022.\n"
        "Theo đó, các xã xây dựng kế hoạch của mình.\n"
    )
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("KH", "57/KH-UBND", "2022-04-05")
    assert rec.issuer is not None and rec.issuer.name == "UBND huyện Tân Phú"
