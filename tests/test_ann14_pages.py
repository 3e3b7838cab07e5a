"""Pages that lay a document out under their own matter (session 14): a portal's Markdown export
with a heading and an information table above the document's header."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns import doc_types as T
from plankb.extractors.text import fold
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


# A law library's copy in pipe rows that lost the header's second line and the type and summary lines.
LOST_PROVINCE = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| Độc lập - Tự do - Hạnh phúc |
Số: 12/QĐ-UBND | {place}, ngày 15 tháng 3 năm 2024 |
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
"""


def test_a_chairman_of_a_province_whose_header_lost_its_name_is_named_by_the_place_line(nlp):
    rec = extract_text(LOST_PROVINCE.format(place="Lạng Sơn"), nlp)
    assert rec.issuer.name == "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"


def test_a_place_line_naming_no_province_leaves_the_chairman_unnamed(nlp):
    rec = extract_text(LOST_PROVINCE.format(place="Đông Hà"), nlp)
    assert rec.issuer.name == "Chủ tịch Ủy ban nhân dân tỉnh"


SCHOOL = """UBND TỈNH AN GIANG
TRƯỜNG CAO ĐẲNG KỸ THUẬT
{second}

Số: 21/QĐ-CĐKT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
An Giang, ngày 09 tháng 02 năm 2024
QUYẾT ĐỊNH
Ban hành Quy chế tuyển sinh năm 2024
HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG KỸ THUẬT {second}
Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;
"""


def test_a_schools_name_broken_over_two_header_lines_is_read_whole(nlp):
    rec = extract_text(SCHOOL.format(second="AN PHÚ"), nlp)
    assert rec.issuer.name.lower() == "trường cao đẳng kỹ thuật an phú"


def test_a_mark_below_a_schools_name_is_no_part_of_it(nlp):
    rec = extract_text(SCHOOL.format(second="DỰ THẢO"), nlp)
    assert rec.issuer.name.lower() == "trường cao đẳng kỹ thuật"


def test_a_place_line_left_undated_gives_its_place_and_no_date(nlp):
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: /TB-UBND\n\nHà Nội, ngày tháng năm\n\nTHÔNG BÁO\nVề việc nghỉ Tết Nguyên đán\n\nỦy ban nhân dân thành phố thông báo như sau:\n")
    rec = extract_text(text, nlp)
    assert (rec.place, rec.date) == ("Hà Nội", None)


def test_a_sentence_about_days_and_months_is_no_place_line(nlp):
    text = "Tin tức\nHà Nội, ngày tháng năm ấy vẫn còn in đậm trong ký ức của người dân.\n"
    assert extract_text(text, nlp).place is None


@pytest.mark.parametrize("text, expected", T.LETTER_OPENING_EXAMPLES, ids=lambda x: str(x)[:30])
def test_letter_opening_examples(text, expected):
    folded = fold(text)
    assert (T.LETTER_OPENING.match(folded) is not None and T.SUBMISSION_WORDS.search(folded) is None) == expected


def test_a_letter_copied_from_its_salutation_is_a_letter(nlp):
    text = ("Kính gửi:\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n"
            "Ngày 03/6/2021, Thủ tướng Chính phủ đã ban hành Quyết định số 88/QĐ-TTg phê duyệt Chương trình chuyển đổi số. "
            "Bộ Tư pháp đề nghị Quý Cơ quan rà soát các thủ tục hành chính.\nTrân trọng./.\n")
    rec = extract_text(text, nlp)
    assert (rec.doc_type, rec.symbol, rec.title) == ("CV", None, None)
    assert "88/QĐ-TTg" in [r.symbol for r in rec.references]  # what its body says was issued is a citation


NOTICE_UNDER_PAGE_TITLE = """Thứ hai, 12/02/2024
Ngày đăng: 05/01/2024 - Lượt xem: 120
Thông báo lịch tiếp công dân của Chủ tịch UBND xã An Phú năm 2024

Chủ tịch UBND xã xã An Phú thông báo lịch tiếp công dân như sau:
1. Thời gian: ngày 15 hằng tháng.
2. Địa điểm: Phòng tiếp công dân, trụ sở UBND xã.
Với nội dung trên, UBND xã thông báo để Nhân dân biết và thực hiện./.
"""


def test_a_notice_under_the_pages_title_is_read_from_its_body_and_that_title(nlp):
    rec = extract_text(NOTICE_UNDER_PAGE_TITLE, nlp)
    assert rec.doc_type == "TB"
    assert rec.issuer.name == "Chủ tịch UBND xã An Phú"  # the unit typed twice is one
    assert rec.title == "lịch tiếp công dân của Chủ tịch UBND xã An Phú năm 2024"


def test_a_page_title_of_another_type_is_no_notices_title(nlp):
    page = NOTICE_UNDER_PAGE_TITLE.replace("Thông báo lịch tiếp", "Kế hoạch lịch tiếp")
    rec = extract_text(page, nlp)
    assert rec.title is None


def test_a_propaganda_outline_is_read_by_its_whole_type_name(nlp):
    text = ("HỘI NÔNG DÂN TỈNH AN GIANG\nBAN THƯỜNG VỤ\nAn Giang, ngày 10 tháng 3 năm 2024\n\n"
            "ĐỀ CƯƠNG TUYÊN TRUYỀN\nKỶ NIỆM 95 NĂM NGÀY THÀNH LẬP HỘI NÔNG DÂN VIỆT NAM\n\n"
            "I. Mục đích, yêu cầu\nTuyên truyền sâu rộng trong hội viên.\n")
    rec = extract_text(text, nlp)
    assert (rec.doc_type, rec.title) == ("ĐC", "KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP HỘI NÔNG DÂN VIỆT NAM")
