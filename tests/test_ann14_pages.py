"""Pages that lay a document out under their own matter (session 14): a portal's Markdown export
with a heading and an information table above the document's header."""

from __future__ import annotations

from tests.conftest import extract_text

PAGE = """# QUYẾT ĐỊNH

## THÔNG TIN VĂN BẢN

| Trường | Giá trị |
|--------|---------|
| Số ký hiệu | 15/QĐ-BTP |
| Ngày ban hành | 02/03/2024 |
| Cơ quan ban hành | Bộ Tư pháp |

## VĂN BẢN

**BỘ TƯ PHÁP**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

Số: 15/QĐ-BTP — Hà Nội, ngày 02 tháng 3 năm 2024

# QUYẾT ĐỊNH

Ban hành Quy chế làm việc của Bộ Tư pháp

BỘ TRƯỞNG BỘ TƯ PHÁP

Căn cứ Nghị định số 98/2022/NĐ-CP ngày 29 tháng 11 năm 2022 của Chính phủ;
"""


def test_a_heading_and_table_above_the_documents_motto_are_the_pages(nlp):
    rec = extract_text(PAGE, nlp)
    assert (rec.doc_type, rec.symbol, rec.date, rec.place) == ("QĐ", "15/QĐ-BTP", "2024-03-02", "Hà Nội")
    assert rec.issuer.name == "Bộ Tư pháp"
    assert rec.title == "Ban hành Quy chế làm việc của Bộ Tư pháp"


def test_a_table_of_documents_below_the_motto_is_the_documents_own_text(nlp):
    page = PAGE.replace("## THÔNG TIN VĂN BẢN", "").replace(
        "Căn cứ Nghị định", "| Số ký hiệu | 20/QĐ-BTP |\n| Ngày ban hành | 05/05/2023 |\n\nCăn cứ Nghị định"
    )
    rec = extract_text(page, nlp)
    assert rec.symbol == "15/QĐ-BTP"
