"""A document converted to Markdown by pandoc: its header is a table whose cells end their lines
with a hard line break (a backslash), between rule lines of dashes, and its paragraphs are wrapped
at the writer's width. The header is read as a header, not joined into running text."""

from __future__ import annotations

from plankb.extractors.text import normalize
from tests.conftest import extract_text

PARAGRAPH = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; căn cứ Nghị\n"
    "định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn\n"
    "thư; xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 02\n"
    "tháng 3 năm 2024 về việc ban hành quy chế làm việc của Ủy ban nhân dân tỉnh,\n\n"
)
PANDOC = (
    "  ----------------------- -----------------------------------------------\n"
    "    **ỦY BAN NHÂN DÂN\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\\n"
    "       TỈNH HÀ GIANG\\              Độc lập - Tự do - Hạnh phúc\\\n"
    "     \\-\\-\\-\\-\\-\\-\\-\\--**            \\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\--**\n\n"
    "   Số: 45/QĐ-UBND         *Hà Giang, ngày 12 tháng 3 năm 2024*\n"
    "  ----------------------- -----------------------------------------------\n\n"
    "**QUYẾT ĐỊNH**\n\nVỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC\n\n**ỦY BAN NHÂN DÂN TỈNH HÀ GIANG**\n\n"
    + PARAGRAPH * 6
)


def test_hard_line_breaks_and_rules_keep_their_lines():
    text = normalize(PANDOC, reflow=True).text
    lines = [line.strip() for line in text.splitlines()]
    assert "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "TỈNH HÀ GIANG Độc lập - Tự do - Hạnh phúc" in lines
    assert "\\" not in text


def test_the_header_of_a_pandoc_table_is_read(nlp):
    record = extract_text(PANDOC, nlp)
    assert record.issuer is not None and record.issuer.name == "Ủy ban nhân dân tỉnh Hà Giang"
    assert record.symbol == "45/QĐ-UBND"
    assert record.date == "2024-03-12"


def test_a_backslash_run_of_a_flattened_row_is_left_to_the_table_reader():
    row = "BAN CHẤP HÀNH TRUNG ƯƠNG \\\\\\    Số: 12-KH/TWĐTN\n"
    assert normalize(row).text.startswith("BAN CHẤP HÀNH TRUNG ƯƠNG \\\\\\")
