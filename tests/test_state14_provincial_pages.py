"""Provincial and district State documents as the web carries them (silver set state14): a
document-sharing preview that runs the whole header onto one line and damages the motto; the
office of a People's Committee's own code; a news lead with a clause between its date and the
body; a tag page of teasers, which announces none of the documents its teasers tell of."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns import identity as PI
from plankb.extractors.symbols import find_symbols
from plankb.extractors.text import normalize
from tests.conftest import extract_text

# A preview as document-sharing sites print it: the file's text on one line, the motto's "XÃ HỘI"
# read "XàHỘI", the dashes and the symbol's hyphen dropped, the authority of issue run onto the summary.
PREVIEW = (
    "Nội dung Text: Quyết định số 07/2021/QĐ-UBND tỉnh Sóc Trăng\n\n"
    "  1. ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM TỈNH SÓC TRĂNG Độc lập  Tự do  Hạnh phúc    "
    "Số: 07/2021/QĐUBND Sóc Trăng, ngày 08 tháng 4 năm 2021   QUYẾT ĐỊNH BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ "
    "TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG Căn cứ Luật Tổ chức chính quyền địa phương "
    "ngày 19 tháng 6 năm 2015; Căn cứ Nghị định số 02/2003/NĐCP ngày 14 tháng 01 năm 2003 của Chính phủ;\n"
)


def test_a_one_line_preview_is_broken_back_into_its_header():
    lines = normalize(PREVIEW).text.splitlines()
    assert "Sóc Trăng, ngày 08 tháng 4 năm 2021" in lines
    assert "QUYẾT ĐỊNH" in lines
    assert "BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG" in lines
    assert "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG" in lines


def test_the_one_line_preview_is_read_as_its_header(nlp):
    record = extract_text(PREVIEW, nlp)
    assert record.doc_type == "QĐ"
    assert record.symbol == "07/2021/QĐ-UBND"
    assert record.date == "2021-04-08"
    assert record.place == "Sóc Trăng"
    assert record.title == "BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG"
    assert record.issuer is not None and record.issuer.name == "Ủy ban nhân dân tỉnh Sóc Trăng"
    assert "07/2021/QĐ-UBND" not in [r.symbol for r in record.references]


def test_a_body_the_summary_names_after_an_open_word_stays_in_it():
    text = PREVIEW.replace("QUY CHẾ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG ỦY BAN", "QUY CHẾ LÀM VIỆC CỦA ỦY BAN")
    lines = normalize(text).text.splitlines()
    assert "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG" in lines


@pytest.mark.parametrize("text, symbol", [
    ("theo Thông báo số 118 /TB-VPUBND ngày 02/3/2022", "118/TB-VPUBND"),
    ("Công văn số 2045/VPUBND-KT về việc", "2045/VPUBND-KT"),
    ("Thông báo số 31/TB-VPHĐND ngày 5/6/2023", "31/TB-VPHĐND"),
])
def test_the_office_of_a_committee_keeps_its_code_whole(text, symbol):
    assert [s.text for s in find_symbols(text)] == [symbol]


@pytest.mark.parametrize("lead, date", PI.FRONTED_CLAUSE_EXAMPLES)
def test_a_clause_between_the_leads_date_and_the_body(nlp, lead, date):
    record = extract_text("Tin địa phương\n\n" + lead + "\n\nTheo đó, các cơ quan, đơn vị thực hiện nghiêm.\n", nlp)
    assert record.date == date


def test_a_clause_that_is_no_fronted_clause_gives_no_date(nlp):
    lead = "Ngày 14-7-2021, trời mưa to kéo dài, UBND tỉnh vừa có thông báo tạm hoãn lịch tiếp công dân.\n"
    record = extract_text("Tin địa phương\n\n" + lead, nlp)
    assert record.date is None


@pytest.mark.parametrize("line", PI.TEASER_LEAD_EXAMPLES)
def test_teaser_leads(line):
    assert PI.TEASER_LEAD.match(line)


@pytest.mark.parametrize("line", PI.NOT_TEASER_LEAD_EXAMPLES)
def test_not_teaser_leads(line):
    assert not PI.TEASER_LEAD.match(line)


TEASER = "HĐND tỉnh Lai Châu vừa ban hành Nghị quyết số 14/2025/NQ-HĐND quy định mức hỗ trợ cán bộ thôn, bản.\n"
OTHERS = (
    "Ngày 12-11, UBND xã Tân Uyên tổ chức hội nghị tổng kết công tác dân vận năm 2025.\n"
    "Sáng 9/11, Hội Nông dân xã trao vốn hỗ trợ cho 20 hộ nghèo phát triển sản xuất.\n"
)


def test_a_tag_page_of_teasers_announces_none(nlp):
    record = extract_text(TEASER + OTHERS, nlp)
    assert record.doc_type is None and record.symbol is None
    assert [r.symbol for r in record.references] == ["14/2025/NQ-HĐND"]


def test_an_article_with_one_later_dated_paragraph_still_announces(nlp):
    text = TEASER + "Theo đó, mức hỗ trợ áp dụng từ ngày 01/01/2026.\n" + OTHERS.splitlines(keepends=True)[0]
    record = extract_text(text, nlp)
    assert record.doc_type == "NQ" and record.symbol == "14/2025/NQ-HĐND"


# --- the second batch of tune pages ---------------------------------------------------------------

INFO_BLOCK = (
    "Thông tin văn bản\n"
    "  • Số hiệu văn bản: 07/2012/NQ-HĐND\n"
    "  • Loại văn bản: Nghị quyết\n"
    "  • Cơ quan ban hành: Tỉnh Kon Tum\n"
    "  • Ngày ban hành: 12-07-2012\n"
    "Ghi chú: “Kể từ ngày 01-01-2017, Nghị quyết số 07/2012/NQ-HĐND bị bãi bỏ, thay thế bởi Nghị quyết số 31/2016/NQ-HĐND ngày 14/12/2016 của Hội đồng nhân dân tỉnh Kon Tum”.\n\n"
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH KON TUM\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n"
    "Số: 07/2012/NQ-HĐND\n\nKon Tum, ngày 12 tháng 07 năm 2012\n\nNGHỊ QUYẾT\nVỀ CHÍNH SÁCH HỖ TRỢ GIỐNG CÂY TRỒNG\n"
    "Căn cứ Nghị định số 02/2010/NĐ-CP ngày 08 tháng 01 năm 2010 của Chính phủ về khuyến nông;\n"
)


def test_a_sites_note_of_replacement_above_the_copy_cites_nothing(nlp):
    record = extract_text(INFO_BLOCK, nlp)
    assert record.symbol == "07/2012/NQ-HĐND"
    assert [r.symbol for r in record.references] == ["02/2010/NĐ-CP"]


@pytest.mark.parametrize("sentence, expected", [
    ("Văn phòng UBND tỉnh thông báo đến quý cơ quan, đơn vị, tổ chức và công dân biết.", True),
    ("UBND huyện thông báo tới toàn thể Nhân dân được biết và thực hiện./.", True),
    ("UBND tỉnh đã thông báo đến báo chí sáng nay.", False),
])
def test_a_notice_closing_names_whom_after_den(sentence, expected):
    from plankb.extractors.patterns.doc_types import NOTICE_CLAUSE
    from plankb.extractors.text import fold

    assert bool(NOTICE_CLAUSE.search(fold(sentence))) is expected


@pytest.mark.parametrize("lead, expected", PI.CONTENT_LEAD_EXAMPLES)
def test_a_page_that_opens_with_what_a_document_asks_announces_it(nlp, lead, expected):
    record = extract_text(lead + "\n\nCác đơn vị báo cáo kết quả về Văn phòng.\n", nlp)
    doc_type, symbol, date, issuer = expected
    assert (record.doc_type, record.symbol, record.date) == (doc_type, symbol, date)
    assert record.issuer is not None and record.issuer.name == issuer


def test_what_a_document_asks_further_down_announces_nothing(nlp):
    text = ("Sáng 12/3, Ban Chỉ đạo tỉnh họp đánh giá công tác sắp xếp bộ máy.\n\nHội nghị thống nhất nhiều nội dung quan trọng.\n\n"
            + PI.CONTENT_LEAD_EXAMPLES[0][0] + "\n")
    record = extract_text(text, nlp)
    assert record.symbol is None


def test_a_body_whose_name_holds_a_comma_is_one_assignment(nlp):
    text = (
        "BAN CHỈ ĐẠO TRUNG ƯƠNG\n*\nSố: 88-CV/BCĐ\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 10 năm 2025\n\n"
        "Kính gửi: Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương\n\n"
        "Ban Chỉ đạo đề nghị Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương chủ trì rà soát "
        "chức năng, nhiệm vụ của các hội quần chúng, báo cáo trước ngày 30/10/2025.\n"
    )
    record = extract_text(text, nlp)
    names = [a.body for a in record.assignments]
    assert "Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương" in names
    assert "các đoàn thể Trung ương" not in names


def test_work_under_another_bodys_document_announces_nothing(nlp):
    lead = ("Theo Kế hoạch số 45/KH-UBND ngày 02/3/2024 của UBND tỉnh về phòng, chống dịch bệnh, Chủ tịch UBND huyện Đam Rông "
            "yêu cầu các xã tổ chức tiêm phòng cho đàn gia súc.\n")
    record = extract_text("Tin địa phương\n\n" + lead, nlp)
    assert record.symbol is None
    assert "45/KH-UBND" in [r.symbol for r in record.references]
