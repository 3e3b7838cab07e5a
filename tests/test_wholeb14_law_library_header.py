"""A decision as a law library's crawl gives it: the page's title run into the header's first row,
the issuer's cell, its rule and the motto's cell on one line ("BỘ X -------- CỘNG HÒA ..."), and
the number's label alone on its line, the number opening the next one with the place, the date,
the type name and the summary run on after it. Made-up documents written in that convention."""

from __future__ import annotations

from plankb.extractors.text import normalize
from tests.conftest import extract_text

DECISION = (
    "Quyết định 345/QĐ-BXD năm 2024. BỘ XÂY DỰNG -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số:\n"
    "345/QĐ-BXD Hà Nội, ngày 12 tháng 3 năm 2024 QUYẾT ĐỊNH BAN HÀNH DANH MỤC MÃ CÔNG TRÌNH DÙNG CHUNG BỘ TRƯỞNG BỘ XÂY DỰNG\n"
    "Căn cứ Nghị định số 52/2022/NĐ-CP ngày 08 tháng 8 năm 2022 của Chính phủ;\n"
    "QUYẾT ĐỊNH:\n\n"
    "Quyết định 345/QĐ-BXD năm 2024. Điều 1.\nBan hành kèm theo Quyết định này Danh mục mã công trình dùng chung.\n\n"
    "Quyết định 345/QĐ-BXD năm 2024. Điều 2.\nGiao Cục Kinh tế xây dựng hướng dẫn thực hiện.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, KTXD.\n"
    "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Bình\n"
)


def test_the_label_alone_and_the_first_row_are_broken_back_into_lines():
    lines = normalize(DECISION).text.splitlines()
    assert any(line.startswith("BỘ XÂY DỰNG") for line in lines)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "Hà Nội, ngày 12 tháng 3 năm 2024" in lines
    assert "QUYẾT ĐỊNH" in lines


def test_the_decision_is_read(nlp):
    record = extract_text(DECISION, nlp)
    assert (record.doc_type, record.symbol) == ("QĐ", "345/QĐ-BXD")
    assert record.issuer is not None and record.issuer.name == "Bộ Xây dựng"
    assert (record.place, record.date) == ("Hà Nội", "2024-03-12")
    assert record.title is not None and record.title.startswith("BAN HÀNH DANH MỤC MÃ CÔNG TRÌNH")
    assert "345/QĐ-BXD" not in [r.symbol for r in record.references]


def test_a_label_with_its_number_on_the_same_line_is_unchanged():
    text = DECISION.replace("Số:\n345/QĐ-BXD", "Số: 345/QĐ-BXD\n")
    assert "Số: 345/QĐ-BXD" in normalize(text).text.splitlines()


def test_a_rule_in_a_running_paragraph_is_left_alone():
    text = "Theo báo cáo của đơn vị ---- Cộng hòa là tên của xã.\n"
    assert normalize(text).text.splitlines()[0] == text.strip()
