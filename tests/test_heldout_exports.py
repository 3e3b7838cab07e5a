"""What Word and PDF exports do to a document's header and citations, found on texts no gold covers
(the held-out proxy): a summary line the layout stopped before, an annex note under a contest's
rules, a table row flattened into the summary line, hyphens lost in symbols."""

from __future__ import annotations

import pytest

from plankb.extractors.symbols import find_symbols, normalize_symbol
from tests.conftest import extract_text

LETTER_HEAD = "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố:      CV/TWĐTN-BTG\n"
BODY = "\n\nKính gửi: Các tỉnh, thành đoàn\n\nBan Bí thư Trung ương Đoàn đề nghị các đơn vị triển khai.\n"


def test_a_summary_that_closes_its_quote_on_the_next_line(nlp):
    # The closing line reads like the Youth Union's header line; the open quote says it goes on.
    text = (LETTER_HEAD + "“V/v trang trí khánh tiết tại Đại hội\nĐoàn TNCS Hồ Chí Minh”\n\n"
            "ĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày 05 tháng 8 năm 2022" + BODY)
    assert extract_text(text, nlp).title == "trang trí khánh tiết tại Đại hội Đoàn TNCS Hồ Chí Minh"


def test_a_summary_going_on_in_small_letters(nlp):
    # "thực hiện ..." opens a body sentence only with a capital; in small letters it goes on.
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố:     QĐ/TWĐTN-VNCTN\n\nHà Nội, ngày 05 tháng 8 năm 2023\n\n"
            "QUYẾT ĐỊNH\nV/v phê duyệt danh mục các nhiệm vụ khoa học\nthực hiện trong kế hoạch năm 2024\n\n\n"
            "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\n\nCăn cứ Quy chế làm việc;\n")
    assert extract_text(text, nlp).title == "phê duyệt danh mục các nhiệm vụ khoa học thực hiện trong kế hoạch năm 2024"


def test_a_capitalised_line_under_the_summary_is_not_taken(nlp):
    text = ("QUYẾT ĐỊNH\nV/v phê duyệt danh mục các nhiệm vụ khoa học\nThực hiện Kế hoạch năm 2024, Ban Bí thư quyết định.\n")
    assert extract_text(text, nlp).title == "phê duyệt danh mục các nhiệm vụ khoa học"


@pytest.mark.parametrize("note", ["(Ban hành kèm theo Kế hoạch số 245 KH/TWĐTNBTG ngày 08/11/2019)",
                                  "(Ban hành kèm Kế hoạch số 574 KH/TWĐTNBTG, ngày 14 tháng 10 năm 2022)",
                                  "(Kèm theo Quyết định số 142-QĐ/TWĐTN-TNTH\nngày 19 tháng 11 năm 2018)"])
def test_the_annex_note_under_a_heading_is_not_the_summary(nlp, note):
    text = "THỂ LỆ\nCuộc thi trực tuyến tìm hiểu về Đảng Cộng sản Việt Nam\n" + note + "\n\n1. Đối tượng\nThanh niên.\n"
    rec = extract_text(text, nlp)
    assert rec.title == "Cuộc thi trực tuyến tìm hiểu về Đảng Cộng sản Việt Nam"
    assert any(r.symbol.startswith(("245-", "574-", "142-")) for r in rec.references)


@pytest.mark.parametrize("cells", ["| a | b |", "| kế hoạch | năm 2024 |", "| Kế hoạch số 12 |"])
@pytest.mark.parametrize("signer_title", ["Bí thư", "Chủ tịch", "KT. CHỦ TỊCH"])
def test_a_summary_cell_in_a_flattened_row_stops_at_its_cell(nlp, cells, signer_title):
    # The next line is the table's next row (here a signer's title), not the summary going on.
    text = f"V/v triển khai {cells}\n{signer_title}\n"
    rec = extract_text(text, nlp)
    assert rec.title == "triển khai"
    span = rec.spans["title"]
    assert "|" not in text[span.start : span.end] and signer_title not in text[span.start : span.end]


def test_a_summary_naming_an_office_holder_keeps_the_office(nlp):
    # "Thứ trưởng ..." is a signer's title word, but here the summary goes on after a comma.
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 1234/QĐ-TTg\nHà Nội, ngày 05 tháng 10 năm 2024\nQUYẾT ĐỊNH\n"
            "Về việc ông Triệu Văn Cường,\n\nThứ trưởng Bộ Nội vụ, nghỉ hưu\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
            "Căn cứ Luật Tổ chức Chính phủ;\n")
    assert extract_text(text, nlp).title == "ông Triệu Văn Cường, Thứ trưởng Bộ Nội vụ, nghỉ hưu"


def test_a_quy_dinh_is_typed_as_annotation_md_codes_it(nlp):
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố:   QĐ/TWĐTN-BTC\nHà Nội, ngày 05 tháng 3 năm 2023\n"
            "QUY ĐỊNH\nVề chế độ tự học tập đối với cán bộ Đoàn\n\nCăn cứ Điều lệ Đoàn;\n")
    assert extract_text(text, nlp).doc_type == "QyĐ"
    assert find_symbols("Quy định số 132-QĐi/TW")[0].doc_type == "QyĐ"


@pytest.mark.parametrize(
    "written, normalized",
    [
        # A joint document's issuers run together, one of them known: split before or after it.
        ("02HDLT/ĐUNNTWĐTN", "02-HDLT/ĐUNN-TWĐTN"),
        ("318 KHPH/BSGGPTWĐTN", "318-KHPH/BSGGP-TWĐTN"),
        ("87/2006/HDLTĐTNTDTT", "87/2006/HDLT-ĐTN-TDTT"),
        # A legislature and its term stay one code.
        ("102/2025/NQLT-UBTVQH15-CP", "102/2025/NQLT-UBTVQH15-CP"),
        # A line break reflowed into a space where the hyphen was, before a known body's code.
        ("755/CĐ TTg", "755/CĐ-TTg"),
        ("12/2020/NĐ CP", "12/2020/NĐ-CP"),
    ],
)
def test_symbols_whose_hyphens_an_export_lost(written, normalized):
    assert normalize_symbol(written) == normalized


@pytest.mark.parametrize("text", ["theo 12/KH Văn bản", "tỷ lệ 3/TB Khá", "lớp 10/A Tổ"])
def test_a_space_is_not_a_hyphen_before_an_unknown_code(text):
    assert find_symbols(text) == []


def test_a_symbol_cell_cut_after_its_number(nlp):
    # A table flattened one cell per line: the number alone above its type and issuer codes is
    # not a page number, and the symbol is read across the breaks.
    text = ("PHỤ LỤC 1\nTỔNG HỢP VĂN BẢN BAN HÀNH\n\nTT Số, ký hiệu;\nngày, tháng,\nnăm\n\n1\n\n86\nKH/TWĐTN\n"
            "BTG. Ngày\n23/08/2018\n\n2\n\n18KH/TWH\nngày\n23/04/2019\n\n5\n\nTrích yếu\n")
    assert "86-KH/TWĐTN-BTG" in [r.symbol for r in extract_text(text, nlp).references]
    assert [s.text for s in find_symbols(text)] == ["86-KH/TWĐTN-BTG", "18-KH/TWH"]


@pytest.mark.parametrize("text", ["ngày 15\nKH/TU", "Kế hoạch số 12\nKH/TU ngày 5/3/2024"])
def test_a_number_ending_a_line_of_words_is_not_a_symbol_cut(text):
    assert find_symbols(text) == []


def test_a_page_number_still_goes(nlp):
    from plankb.extractors.text import normalize

    assert "\n7\n" not in normalize("Nội dung trang trước.\n7\nNội dung trang sau.\n").text


@pytest.mark.parametrize(
    "name, level",
    [
        ("Bộ Lao động - Thương binh và Xã hội", "central"),
        ("Bảo hiểm xã hội tỉnh Cà Mau", "province"),
        ("Ủy ban nhân dân xã Tân Phú", "commune"),
    ],
)
def test_xa_hoi_is_not_a_commune(name, level):
    from plankb.extractors.fields.header import _level

    assert _level(name, None) == level
