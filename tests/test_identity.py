"""The document's identity where the page has no header block: metadata blocks, news leads,
page-title lines, attachments; and a place-and-date line wrapped by an export."""

from __future__ import annotations

import pytest

from plankb.extractors.fields.identity import find_announcement, read_metadata, wrapped_place_date
from plankb.extractors.patterns import identity as P
from plankb.extractors.text import normalize
from tests.conftest import extract_text


def _span_text(rec, text: str, name: str) -> str:
    span = rec.spans[name]
    return normalize(text).text[span.start : span.end]


@pytest.mark.parametrize("block, expected", P.METADATA_EXAMPLES, ids=lambda x: str(x)[:20])
def test_metadata_examples(block, expected):
    meta = read_metadata(block)
    assert meta is not None
    assert {k: v.text for k, v in meta.values.items()} == expected
    for value in meta.values.values():
        assert block[value.start : value.end] == value.text


def test_one_label_is_no_metadata_block():
    assert read_metadata("Người ký: Nguyễn Văn A\nNội dung bài viết.\n") is None


@pytest.mark.parametrize("lead, expected", P.ANNOUNCEMENT_EXAMPLES, ids=lambda x: str(x)[:30])
def test_announcement_examples(lead, expected, nlp):
    page = f"Tin tức - Sự kiện\n{lead}\n"
    rec = extract_text(page, nlp)
    got = {
        "doc_type": rec.doc_type,
        "symbol": rec.symbol,
        "date": rec.date,
        "issuer": rec.issuer.name if rec.issuer else None,
        "title": rec.title,
    }
    assert got == expected
    if rec.symbol:
        assert rec.symbol not in [r.symbol for r in rec.references]
        assert _span_text(rec, page, "symbol").replace(" ", "") == rec.symbol.replace(" ", "")
    if rec.title:
        assert _span_text(rec, page, "title") == rec.title


@pytest.mark.parametrize("page", P.NOT_ANNOUNCEMENTS, ids=lambda x: x[:30])
def test_a_report_on_work_done_announces_no_document(page, nlp):
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.title) == (None, None, None)
    if "-CT/" in page or "-KH/" in page:
        assert rec.references  # the documents stay references


def test_print_date_above_the_lead_is_not_the_documents(nlp):
    page = (
        "Hà Giang, ngày 18 tháng 11 năm 2019\n"
        "Thực hiện Nghị quyết Đại hội, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về cải cách hành chính năm 2011.\n"
        "Đề nghị các xã xây dựng kế hoạch.\n"
    )
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.date, rec.place) == ("KH", "42/KH-UBND", "2011-05-13", None)


def test_day_and_month_take_the_posting_year(nlp):
    page = "Văn phòng Sở\nThứ ba 22/10/2019\nHướng dẫn tuyên truyền\nNgày 27/8, Đảng ủy Sở Tư pháp ban hành Công văn số 468 về việc hướng dẫn tuyên truyền tháng 9.\n"
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("CV", None, "2019-08-27")


def test_subject_of_an_earlier_clause(nlp):
    page = "Tin huyện\nBan Thường vụ Huyện ủy Ba Vì đã quán triệt tới các chi bộ, đồng thời ban hành Chỉ thị số 09-CT/HU về tăng cường phòng chống dịch.\n"
    rec = extract_text(page, nlp)
    assert rec.issuer.name == "Ban Thường vụ Huyện ủy Ba Vì"
    assert rec.doc_type == "CT" and rec.title == "về tăng cường phòng chống dịch"


def test_attachment_is_the_pages_document(nlp):
    page = "Yêu cầu các đơn vị gửi báo cáo trước ngày 31/5/2020.\nCác đơn vị tải Công văn số 21/VKS-VP tại đây\n"
    found = find_announcement(normalize(page))
    assert found is not None and (found.doc_type, found.symbol.text) == ("CV", "21/VKS-VP")


def test_a_header_is_not_overridden_by_its_body(nlp):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 12/KH-UBND\nHà Giang, ngày 02 tháng 3 năm 2023\n\nKẾ HOẠCH\nPhát triển du lịch\n\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 99/KH-UBND về việc khác như sau.\n"
    )
    rec = extract_text(text, nlp)
    assert (rec.symbol, rec.date, rec.title) == ("12/KH-UBND", "2023-03-02", "Phát triển du lịch")


def _portal_page(header: str) -> str:
    meta = "Số hiệu:\n|\n51/2025/NQ-HĐND\n|\nLoại văn bản:\n|\nNghị quyết\n|\nNơi ban hành:\n|\nThành phố Hà Nội\n|\n"
    meta += "Người ký:\n|\nLê Văn A\n|\nNgày ban hành:\n|\n26/11/2025\n|\n" + "Tình trạng:\n|\nĐã biết\n|\n" * 8
    return meta + header


def test_portal_page_reads_the_copied_header_past_its_metadata(nlp):
    header = (
        "HỘI ĐỒNG NHÂN\nDÂN\nTHÀNH PHỐ HÀ NỘI\n-------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
        "Số: 51/2025/NQ-HĐND\n|\nHà Nội, ngày 26\ntháng 11 năm 2025\n|\nNGHỊ QUYẾT\nVỀ VIỆC BỐ TRÍ NHÂN VIÊN THÚ Y\n"
        "Căn cứ Luật Thú y số 79/2015/QH13;\nQUYẾT NGHỊ:\nĐiều 1. Bố trí nhân viên.\n"
    )
    page = _portal_page(header)
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.date, rec.place) == ("NQ", "51/2025/NQ-HĐND", "2025-11-26", "Hà Nội")
    assert rec.title == "VỀ VIỆC BỐ TRÍ NHÂN VIÊN THÚ Y"
    assert rec.issuer.name == "Hội đồng nhân dân thành phố Hà Nội"
    assert _span_text(rec, page, "place") == "Hà Nội"


def test_portal_metadata_fills_what_the_header_lacks(nlp):
    page = (
        "Cơ quan ban hành:Bộ Tư phápSố công báo:Đang cập nhật\nSố hiệu:45/BTP-VP Ngày đăng công báo:Đang cập nhật\n"
        "Loại văn bản:Công vănNgười ký:Trần Văn B\nNgày ban hành:24/02/2020Hết hiệu lực:Đang cập nhật\n\n"
        "Kính gửi: các Sở Tư pháp.\nBộ Tư pháp đề nghị các Sở Tư pháp báo cáo kết quả.\n"
    )
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("CV", "45/BTP-VP", "2020-02-24")
    assert rec.issuer.name == "Bộ Tư pháp"
    assert _span_text(rec, page, "date") == "24/02/2020"


@pytest.mark.parametrize(
    "text, place",
    [
        ("Hà Nội, ngày 03\ntháng 12 năm 2025\n", "Hà Nội"),
        ("*Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025*\n", "Thành phố Hồ Chí\nMinh"),
        ("Hà Nội, ngày\n21 tháng 11 năm 2025\n", "Hà Nội"),
    ],
)
def test_wrapped_place_date(text, place):
    m = wrapped_place_date(text, 0, len(text))
    assert m is not None and m.group("place") == place


def test_a_sentence_is_no_wrapped_place_date():
    text = "trong buổi làm việc tại Hà Nội, ngày 03\ntháng 12 năm 2025 đoàn đã kiểm tra"
    assert wrapped_place_date(text, 0, len(text)) is None


def test_mixed_date_form():
    m = P.MIXED_DATE.search("Ngày 29 tháng 12/2020 Ban Thường vụ")
    assert (m.group("d"), m.group("m"), m.group("y")) == ("29", "12", "2020")


def test_place_joined_by_a_hyphen_is_read_whole(nlp):
    text = "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\nSố: 12/CT-UBND\n|\nBà Rịa - Vũng\nTàu, ngày 30 tháng 7 năm 2024\n\nCHỈ THỊ\nVề an toàn giao thông\n\nNội dung.\n"
    rec = extract_text(text, nlp)
    assert (rec.place, rec.date) == ("Bà Rịa - Vũng Tàu", "2024-07-30")
    text = "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 5/CT-UBND\n\nPhan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007\n\nCHỈ THỊ\nVề phụ nữ\n\nNội dung.\n"
    rec = extract_text(text, nlp)
    assert (rec.place, rec.date) == ("Phan Rang-Tháp Chàm", "2007-03-05")


def test_page_publishing_a_document_in_full(nlp):
    page = (
        "Thứ Năm, 15/10/2020\n\nNghị quyết Đại hội đại biểu Đảng bộ tỉnh Hậu Giang lần thứ XIV\n\n"
        "Báo tỉnh trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hậu Giang lần thứ XIV, nhiệm kỳ 2020 - 2025.\n"
    )
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.title) == ("NQ", "Đại hội đại biểu Đảng bộ tỉnh Hậu Giang lần thứ XIV")
    # Without the words that say so, a headline naming a type is news, not the document.
    rec = extract_text(page.replace("đăng toàn văn", "đưa tin về"), nlp)
    assert rec.doc_type is None


def test_labels_below_the_documents_header_are_its_own_text(nlp):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 12/KH-UBND\nHà Giang, ngày 02 tháng 3 năm 2023\n\nKẾ HOẠCH\nRà soát văn bản\n\n"
        "Mẫu phiếu rà soát:\nSố hiệu: 45/QĐ-UBND\nNgày ban hành: 01/01/2020\nLoại văn bản: Quyết định\n"
    )
    rec = extract_text(text, nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("KH", "12/KH-UBND", "2023-03-02")


def test_city_abbreviation_is_no_sentence_end(nlp):
    page = "Tin tức\nNgày 02/3/2023, UBND TP. Hồ Chí Minh đã ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số năm 2023.\n"
    rec = extract_text(page, nlp)
    assert rec.issuer.name == "UBND TP. Hồ Chí Minh"
    assert rec.date == "2023-03-02"


def test_a_listing_that_opens_with_the_type_and_title_in_capitals(nlp):
    text = (
        "KẾ HOẠCH TUYÊN TRUYỀN NHỮNG CHỦ ĐỀ LỚN, TRỌNG TÂM TỪ NAY ĐẾN ĐẠI HỘI\n"
        "Nâng cao nhận thức cho cán bộ, đảng viên và Nhân dân về những thành tựu của đất nước.\n"
    )
    rec = extract_text(text, nlp)
    assert rec.doc_type == "KH"
    assert rec.title == "TUYÊN TRUYỀN NHỮNG CHỦ ĐỀ LỚN, TRỌNG TÂM TỪ NAY ĐẾN ĐẠI HỘI"


def test_a_headline_in_lower_case_naming_a_plan_is_no_document(nlp):
    text = "Kế hoạch tuyên truyền được triển khai rộng khắp\nCác xã đã tổ chức nhiều hoạt động.\n"
    assert extract_text(text, nlp).doc_type is None
