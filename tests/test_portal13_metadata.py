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
