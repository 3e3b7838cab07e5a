"""A document copied from a law library's web page: each row of the header table joined into one
line with its cells ("BỘ X -------" / "CỘNG HÒA ... Độc lập - Tự do - Hạnh phúc ---------------" /
"Số: 12/BX-VP V/v ..." / "Hà Nội, ngày ... Kính gửi: ..."), the page's own title run into the
issuer's cell, the authority of issue run into the summary, and the signature block on one line.
Made-up documents written in that convention."""

from __future__ import annotations

from plankb.extractors.text import normalize
from tests.conftest import extract_text

LETTER = (
    "Công văn 512/BNV-CQĐP năm 2021 hướng dẫn sắp xếp thôn, tổ dân phố do Bộ Nội vụ ban hành. BỘ NỘI VỤ -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 512/BNV-CQĐP V/v hướng dẫn sắp xếp thôn, tổ dân phố.\n"
    "Hà Nội, ngày 08 tháng 02 năm 2021 Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương. "
    "Thực hiện Nghị quyết số 37-NQ/TW, Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh chỉ đạo rà soát, báo cáo trước ngày 30/4/2021.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, CQĐP.\n"
    "KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Anh Tuấn\n"
)

DECISION = (
    "Quyết định 88/QĐ-BTC năm 2022.\n"
    "BỘ TÀI CHÍNH -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 88/QĐ-BTC\n"
    "Hà Nội, ngày 14 tháng 01 năm 2022 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ CÔNG TÁC VĂN THƯ BỘ TRƯỞNG BỘ TÀI CHÍNH\n"
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế công tác văn thư.\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, VP.\n"
    "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Thị Hoa\n"
)


def test_the_rows_are_broken_back_into_the_header_lines():
    lines = normalize(LETTER).text.splitlines()
    assert lines[0].endswith("do Bộ Nội vụ ban hành.")
    assert "BỘ NỘI VỤ" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "Độc lập - Tự do - Hạnh phúc" in lines
    assert "Số: 512/BNV-CQĐP" in lines
    assert "Hà Nội, ngày 08 tháng 02 năm 2021" in lines
    assert lines[-2:] == ["KT. BỘ TRƯỞNG THỨ TRƯỞNG", "Trần Anh Tuấn"]


def test_a_letter_copied_from_a_web_table_is_read(nlp):
    record = extract_text(LETTER, nlp)
    assert (record.doc_type, record.symbol) == ("CV", "512/BNV-CQĐP")
    assert record.issuer is not None and record.issuer.name == "Bộ Nội vụ"
    assert (record.place, record.date) == ("Hà Nội", "2021-02-08")
    assert record.title is not None and record.title.startswith("hướng dẫn sắp xếp thôn")
    assert record.signer is not None and record.signer.name == "Trần Anh Tuấn"


def test_the_authority_of_issue_is_not_part_of_the_summary(nlp):
    record = extract_text(DECISION, nlp)
    assert (record.doc_type, record.symbol, record.date) == ("QĐ", "88/QĐ-BTC", "2022-01-14")
    assert record.title is not None and record.title.endswith("QUY CHẾ CÔNG TÁC VĂN THƯ")
    assert record.signer is not None and record.signer.name == "Lê Thị Hoa"


def test_a_summary_naming_an_office_keeps_it():
    # Only the last head before the grounds is split off, and only when a body's name follows it.
    text = "QUYẾT ĐỊNH VỀ VIỆC BỔ NHIỆM GIÁM ĐỐC SỞ Y TẾ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    lines = normalize(text).text.splitlines()
    assert lines[:2] == ["QUYẾT ĐỊNH VỀ VIỆC BỔ NHIỆM GIÁM ĐỐC SỞ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"]


def test_a_running_paragraph_is_left_alone():
    text = "Theo báo cáo, ngày 08 tháng 02 năm 2021 UBND tỉnh đã họp. Kết quả: đạt 95% -------\n"
    assert normalize(text).text.splitlines()[0].startswith("Theo báo cáo, ngày 08 tháng 02 năm 2021 UBND")


def test_a_head_of_two_words_is_split_whole():
    text = "QUYẾT ĐỊNH BAN HÀNH MẪU PHIẾU KHÁM TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM\nCăn cứ Luật Bảo hiểm y tế;\n"
    assert normalize(text).text.splitlines()[1] == "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM"


def test_a_signature_block_on_one_line_before_an_annex():
    text = DECISION.replace("KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Thị Hoa\n", "TỔNG GIÁM ĐỐC Lê Thị Hoa\n\nPHỤ LỤC\nDANH MỤC MẪU BIỂU\n")
    assert "TỔNG GIÁM ĐỐC\nLê Thị Hoa\n" in normalize(text).text


def test_a_markdown_header_row_is_left_to_the_table_pass():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH X ------------- Số: 5/2018/QĐ-UBND | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "----------------------- X, ngày 05 tháng 9 năm 2018 |\nQUYẾT ĐỊNH\nBan hành Quy định về lập dự toán\n"
    )
    assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập" in normalize(text).text


def test_the_grounds_opener_broken_after_its_first_word_is_rejoined(nlp):
    # Each ground a cell of its own: "Căn" / "cứ Luật ...": the summary stops before who issues.
    text = DECISION.replace("Căn cứ Nghị định", "Căn\ncứ Nghị định")
    assert "Căn cứ Nghị định số 30/2020/NĐ-CP" in normalize(text).text
    record = extract_text(text, nlp)
    assert record.title is not None and record.title.endswith("QUY CHẾ CÔNG TÁC VĂN THƯ")
