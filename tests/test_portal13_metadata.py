"""A clone law-library site's metadata block of label-value lines without colons (made-up form)."""

from plankb.extractors.fields.identity import read_metadata


def test_label_value_lines_without_colons():
    block = read_metadata(
        "Văn bản khác 21/KH-UBND 2023 về phòng chống thiên tai\n\n"
        "Số, ký hiệu 21/KH-UBND\nLoại văn bản Văn bản khác\nNgày ban hành 05/06/2023\nNgày hiệu lực\n"
        "Ngày đăng công báo 07/06/2023\nNguồn thu nhập\nCơ quan ban hành Hà Giang\nChức danh\n"
        "Người ký Lê Văn Bình\nTình trạng hiệu lực Không xác định\n\nỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n"
    )
    assert block is not None
    got = {k: v.text for k, v in block.values.items()}
    assert got["signer"] == "Lê Văn Bình"
    assert got["date"] == "05/06/2023"
    assert got["symbol"] == "21/KH-UBND"


def test_prose_opening_with_a_label_word_is_no_block():
    # label words opening sentences of prose, values too long or with colons: no block
    assert read_metadata(
        "Ngày ban hành kế hoạch này, các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện triển khai ngay.\n"
        "Người ký văn bản phải chịu trách nhiệm về nội dung: đúng thẩm quyền, đúng thể thức.\n"
    ) is None


def test_inline_label_not_read_after_other_text():
    # "Người ký" inside a line, not opening it, is no label without its colon
    assert read_metadata("Theo đề nghị, Người ký Nguyễn Văn A\nĐơn vị Ngày ban hành 01/01/2024\n") is None


def test_help_sentence_under_a_label_is_skipped():
    # a law library's tooltip defining the label stands between the label and its value
    block = read_metadata(
        "Cơ quan ban hành: Bộ Công Thương\nSố hiệu:12/2024/TT-BCTNgày đăng công báo:Đang cập nhật\n"
        "Ngày ban hành:\nNgày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành.\n"
        "03/04/2024\nNgày hết hiệu lực:\nNgày hết hiệu lực là ngày văn bản không còn hiệu lực.\nĐang cập nhật\n"
    )
    got = {k: v.text for k, v in block.values.items()}
    assert got["date"] == "03/04/2024"
    assert got["symbol"] == "12/2024/TT-BCT"


def test_a_label_line_going_on_with_la_is_no_value():
    # "Người ký là ..." explains the label: neither a label with a value nor the signer
    block = read_metadata("Số hiệu: 5/KH-UBND\nNgười ký:\nNgười ký là người có thẩm quyền.\nTrần Văn Hòa\n")
    assert {k: v.text for k, v in block.values.items()}.get("signer") == "Trần Văn Hòa"


def test_law_library_page_title_gives_the_summary(nlp):
    # a record page stored up to its block: the page title "<type> <number> <year> của <body> về <summary>"
    from tests.conftest import extract_text

    page = (
        "Quyết định 88/QĐ-BCT 2025 của Bộ Công Thương về kiểm tra an toàn thực phẩm cuối năm\n\n"
        "  • Tóm tắt\n  • Nội dung\n\n"
        "Cơ quan ban hành: Bộ Công Thương\nSố hiệu:88/QĐ-BCTNgày đăng công báo:Đang cập nhật\n"
        "Loại văn bản:Quyết địnhNgười ký:Lê Văn A\nNgày ban hành:\n"
        "Ngày ban hành là ngày, tháng, năm văn bản được ký ban hành.\n03/10/2025\n"
    )
    rec = extract_text(page, nlp)
    assert rec.title == "kiểm tra an toàn thực phẩm cuối năm"
    assert rec.date == "2025-10-03"


def test_page_title_of_another_number_gives_nothing(nlp):
    from tests.conftest import extract_text

    page = (
        "Quyết định 77/QĐ-BCT 2025 của Bộ Công Thương về một việc khác hẳn trong năm\n\n"
        "Cơ quan ban hành: Bộ Công Thương\nSố hiệu: 88/QĐ-BCT\nLoại văn bản: Quyết định\n"
    )
    rec = extract_text(page, nlp)
    assert rec.title is None or "việc khác" not in rec.title
