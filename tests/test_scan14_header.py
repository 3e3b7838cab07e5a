"""Scans of headers and signature blocks (Decree 30/2020/NĐ-CP, Guidance 36-HD/VPTW): a name wrapped
in a narrow cell with a blank line between its pieces, a number cut at its hyphen, specks after the
type name or among the signature's strokes, an arrival stamp's date under the summary."""

import pytest

from plankb.extractors.fields.signature import _strokes
from plankb.extractors.layout import _without_stamp_tail
from tests.conftest import extract_text

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM\n"
CLOSING = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"


def _state(header: str, number: str = "Số: 12/QĐ-UBND", after_type: str = "Về việc phê duyệt đề án phát triển\n\n") -> str:
    return (f"{header}\n{number}\n{MOTTO}Phú Mỹ, ngày 05 tháng 3 năm 2022\n\nQUYẾT ĐỊNH\n{after_type}"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt đề án.\n" + CLOSING)


@pytest.mark.parametrize(("header", "issuer"), [
    ("BAN DÂN VẬN\n\nTRUNG ƯƠNG", "Ban Dân vận Trung ương"),  # "trung ương" ends the board's name
    ("BAN DÂN VẬN TRUNG\n\nƯƠNG", "Ban Dân vận Trung ương"),  # a term cut, a blank line between its pieces
    ("BAN CHẤP HÀNH\nTRUNG ƯƠNG", "Ban Chấp hành Trung ương Đảng"),
])
def test_a_central_board_wrapped_in_its_cell(header, issuer, nlp):
    text = f"{header}\n*\nSố 21-HD/BDVTW\n{PARTY}Hà Nội, ngày 12 tháng 4 năm 2023\n\nHƯỚNG DẪN\nvề công tác dân vận năm 2023\n\nNội dung hướng dẫn.\n{CLOSING}"
    assert extract_text(text, nlp).issuer.name == issuer


def test_a_speck_read_as_a_comma_inside_the_name(nlp):
    rec = extract_text(_state("ỦY, BAN NHÂN DÂN\nTỈNH PHÚ MỸ"), nlp)
    assert rec.issuer.name == "Ủy ban nhân dân tỉnh Phú Mỹ"


def test_a_number_wrapped_at_its_hyphen(nlp):
    rec = extract_text(_state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ", number="Số: 345/QĐ-\nUBND"), nlp)
    assert rec.symbol == "345/QĐ-UBND"
    assert rec.issuer.name == "Ủy ban nhân dân tỉnh Phú Mỹ"  # "UBND" is no line of the header's name
    # a word in small letters after the number's hyphen is no piece of its code
    assert extract_text(_state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ", number="Số: 345/QĐ-\nvề việc"), nlp).symbol != "345/QĐ-UBND"


def test_specks_after_the_type_name():
    assert _without_stamp_tail("QUYẾT ĐỊNH\tÉ Í TÍ Jg)") == "QUYẾT ĐỊNH"
    assert _without_stamp_tail("NGHỊ QUYẾT. Jj") == "NGHỊ QUYẾT"
    assert _without_stamp_tail("KẾ HOẠCH. Về") == "KẾ HOẠCH. Về"  # a syllable: a word, not a speck
    assert _without_stamp_tail("QUYẾT ĐỊNH\tVề việc phê duyệt quy hoạch chung") == "QUYẾT ĐỊNH\tVề việc phê duyệt quy hoạch chung"


def test_the_summary_after_a_type_line_with_specks(nlp):
    text = _state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ", after_type="").replace("QUYẾT ĐỊNH\n", "QUYẾT ĐỊNH\tÉ Í Jg)\nPHÊ DUYỆT ĐỀ ÁN GIẢM NGHÈO\nỦY BAN NHÂN DÂN TỈNH PHÚ MỸ\n\n", 1)
    assert extract_text(text, nlp).title == "PHÊ DUYỆT ĐỀ ÁN GIẢM NGHÈO"


def test_an_arrival_stamp_under_the_summary(nlp):
    rec = extract_text(_state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ", after_type="Về việc phê duyệt đề án phát triển\n15 06 '21\n\n"), nlp)
    assert rec.title == "phê duyệt đề án phát triển"
    rec = extract_text(_state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ", after_type="Về việc phê duyệt đề án giai đoạn 2021 -\n2025\n\n"), nlp)
    assert rec.title == "phê duyệt đề án giai đoạn 2021 - 2025"  # a wrapped year goes on


def test_the_authority_of_issue_read_in_pieces(nlp):
    text = (f"HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ MỸ\nSố: 78/NQ-HĐND\n{MOTTO}Phú Mỹ, ngày 10 tháng 12 năm 2021\n\nNGHỊ QUYẾT\n"
            "VỀ DỰ TOÁN NGÂN SÁCH NĂM 2022\nHỘI ĐỒNG NHÂN DÂN TỈNH PHÚ MỸ\nKH\nÓA XV, KỲ HỌP THỨ 4\n\n"
            "Căn cứ Luật Ngân sách nhà nước;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Thông qua dự toán.\n" + CLOSING)
    assert extract_text(text, nlp).title == "VỀ DỰ TOÁN NGÂN SÁCH NĂM 2022"


def test_a_plenum_committee_wrapped_before_its_term(nlp):
    text = (f"BAN CHẤP HÀNH\nĐẢNG BỘ TỈNH PHÚ MỸ\n*\nSố 12-KL/TU\n{PARTY}Phú Mỹ, ngày 13 tháng 5 năm 2022\n\nKẾT LUẬN\n"
            "HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH ĐẢNG BỘ\nTỈNH (KHÓA XV) về phát triển du lịch đến năm 2025\n\n"
            "Tại Hội nghị lần thứ năm, Ban Chấp hành Đảng bộ tỉnh kết luận như sau.\n" + CLOSING)
    assert extract_text(text, nlp).title == "HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XV) về phát triển du lịch đến năm 2025"


def test_signature_strokes_are_not_the_seals_lines(nlp):
    assert _strokes("` ` x ọ / =j `")
    assert _strokes("— —.»zf")
    assert not _strokes("Trần Văn Bình")
    body = _state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ")
    block = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n—\n` ` x ọ / =j `\n`\n“\n— —.»zf\n\nTrần Văn Bình\n"
    assert extract_text(body + block, nlp).signer.name == "Trần Văn Bình"


@pytest.mark.parametrize(("place_date", "date"), [
    ("Phú Mỹ, ngày 20 thắng 7 năm:2014", "2014-07-20"),  # the month's mark misread, a speck before the year
    ("Phú Mỹ, ngày 25 tháng 6 năm-2022", "2022-06-25"),
    ("Phú Mỹ, ngày 09: tháng 10:\n| năm 2022. :", "2022-10-09"),  # wrapped, specks on both lines
    ("Phú Mỹ, ngày 28 tháng 11 năm ...\n___ 2022.", "2022-11-28"),
    ("Phú Mỹ, ngày 10 tháng 7 năm\n\n. 2022", "2022-07-10"),  # a blank line a scan put before the year
    ("Phú Mỹ, ngày 10 tháng 7 năm\n\nHội nghị 2022", None),  # not the year alone: unknown
])
def test_a_place_and_date_line_among_specks(place_date, date, nlp):
    text = (f"ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ\nSố: 12/KH-UBND\n{MOTTO}{place_date}\n\nKẾ HOẠCH\nPhát triển du lịch năm 2022\n\n"
            "Thực hiện chỉ đạo của tỉnh, Ủy ban nhân dân tỉnh ban hành kế hoạch.\n" + CLOSING)
    rec = extract_text(text, nlp)
    assert rec.date == date
    if date:
        assert rec.place == "Phú Mỹ"


def test_a_date_alone_above_the_type_name(nlp):
    text = (f"BAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 10-NQ/TU\n{PARTY}` ngày 18 tháng 8 năm 2021\n\nNGHỊ QUYẾT\nvề phát triển đô thị\n\n"
            "Ban Thường vụ Tỉnh ủy quyết nghị như sau.\n" + CLOSING)
    rec = extract_text(text, nlp)
    assert rec.date == "2021-08-18"
    assert rec.place is None
    # a date under the type name is the body's, not the date of issue
    text = text.replace("` ngày 18 tháng 8 năm 2021\n", "").replace("về phát triển đô thị\n", "về phát triển đô thị\n\nngày 18 tháng 8 năm 2021\n")
    assert extract_text(text, nlp).date is None


@pytest.mark.parametrize(("header", "issuer"), [
    ("ỦY BAN. NHÂN DÂN.\nTỈNH PHÚ MỸ", "Ủy ban nhân dân tỉnh Phú Mỹ"),  # a fax's stops inside and after the name
    ("ỦY BAN NHÂN.\nDÂN -\n- TỈNH PHÚ MỸ", "Ủy ban nhân dân tỉnh Phú Mỹ"),  # the dashes of two wrapped lines
    ("ỦY BAN NHÂN DÂN\nTỈNHPHÚMỸ", "Ủy ban nhân dân tỉnh Phú Mỹ"),  # spaces a fax lost between syllables
    ("BỘYTẾ", "Bộ Y tế"),
    ("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),  # a name's own hyphen stays
    (", BỘ GIÁO DỤC VÀ.\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT -\n\nĐÀO TẠO", "Bộ Giáo dục và Đào tạo"),  # the motto's cell is no piece of it
])
def test_a_faxed_header_name(header, issuer, nlp):
    text = _state(header).replace("Số: 12/QĐ-UBND", "Số: 12/QĐ-BYT")
    assert extract_text(text, nlp).issuer.name.lower() == issuer.lower()  # the words; their capitals are name_case's


def test_glued_syllables_and_acronyms():
    from plankb.extractors.fields.header import _syllables_apart
    assert _syllables_apart("TỈNHBẮCGIANG") == "TỈNH BẮC GIANG"
    assert _syllables_apart("UBND") == "UBND"
    assert _syllables_apart("HĐND") == "HĐND"
    assert _syllables_apart("KRÔNG") == "KRÔNG"  # no split into syllables: a name of a minority language stays


@pytest.mark.parametrize(("number", "symbol"), [
    ("Số: 1927/QĐ-UBND_", "1927/QĐ-UBND"),  # a speck glued to the code
    ("Số: 273/QĐ-UBND_` Đệ", "273/QĐ-UBND"),
    ("Số: 547/QĐ:UBND", "547/QĐ-UBND"),  # a colon read for the hyphen
    ("Số: 205/QĐ:-UBND", "205/QĐ-UBND"),
    ("Số-168/QĐ-UBND", "168/QĐ-UBND"),  # a hyphen read for the space after "Số"
    ("cóc Số: 3557/QĐ-UBND", "3557/QĐ-UBND"),  # a streak read as a short word before it
    ("hỏi - Số: 97/QĐ-UBND -", "97/QĐ-UBND"),
    ("Số: 1277/QĐ-\nUBND -", "1277/QĐ-UBND"),  # wrapped at its hyphen, a speck after the rest
])
def test_a_faxed_number_line(number, symbol, nlp):
    assert extract_text(_state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ", number=number), nlp).symbol == symbol


@pytest.mark.parametrize(("line", "code"), [
    ("HƯỚNG DẪN | |", "HD"), ("\"¬\tKẾ HOẠCH", "KH"), ("KẾ 'HOẠCH", "KH"), ("- QUYẾT ĐỊNH :\t\"", "QĐ"),
    ("NGHỊ QUYẾT 4", "NQ"),  # one lone mark after it
    ("QUYẾT ĐỊNH:", None),  # the operative formula, its colon glued
    ("KẾ HOẠCH 2025", None), ("Kế hoạch", None), ("QUYẾT E", None),
])
def test_a_type_name_among_a_faxs_marks(line, code):
    from plankb.extractors.layout import _type_among_specks
    assert _type_among_specks(line) == code


def test_a_summary_line_with_a_speck_cut_off_its_end_goes_on(nlp):
    text = _state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ", after_type="").replace(
        "QUYẾT ĐỊNH\n", "QUYẾT ĐỊNH\nPHÊ DUYỆT ĐỀ ÁN TRỒNG CÂY XANH CỦA :\nCHÍNH PHỦ TRÊN ĐỊA BÀN TỈNH\n\n", 1)
    assert extract_text(text, nlp).title == "PHÊ DUYỆT ĐỀ ÁN TRỒNG CÂY XANH CỦA CHÍNH PHỦ TRÊN ĐỊA BÀN TỈNH"


@pytest.mark.parametrize(("name_line", "name"), [
    ("\" Trần Văn Bình -", "Trần Văn Bình"),  # a fax's marks before and after the name
    ("Trần n Văn Bình", "Trần Văn Bình"),  # a lone small letter between its words
])
def test_a_signer_among_a_faxs_specks(name_line, name, nlp):
    body = _state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ").replace(CLOSING, "\n\n")
    # the right column read before the left one (the recipients), as OCR reads a page's columns
    assert extract_text(body + f"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n{name_line}\n" + CLOSING, nlp).signer.name == name


def test_name_without_specks():
    from plankb.extractors.layout import name_without_specks
    assert name_without_specks("“ Lê Văn An.") == "Lê Văn An"
    assert name_without_specks("Lê Văn An") == "Lê Văn An"
    assert name_without_specks("- Như trên;") == "Như trên"  # no name: is_name_line still decides


def test_stops_a_fax_left_in_a_summary_in_capitals(nlp):
    text = _state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ", after_type="").replace("QUYẾT ĐỊNH\n", (
        "QUYẾT ĐỊNH\n\"VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH. CẤP.\n\n- HUYỆN, CẤP XÃ GIAI ĐOẠN 2019 - 2021.\n\n"
        "ỦY BAN NHÂN DÂN TỈNH PHÚ MỸ\n\n"), 1)
    assert extract_text(text, nlp).title == "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ GIAI ĐOẠN 2019 - 2021"
    # an abbreviation's stop stays
    text = _state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ MỸ", after_type="").replace("QUYẾT ĐỊNH\n", (
        "QUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP TRƯỜNG HỌC TẠI TP. THỦ ĐỨC\n\n"), 1)
    assert extract_text(text, nlp).title == "VỀ VIỆC THÀNH LẬP TRƯỜNG HỌC TẠI TP. THỦ ĐỨC"
