"""A header copied from a law-library page's table with its two rows of cells on one line (made-up
texts in the convention's form): the place and date run on after the number or the subject, the
type name and its summary after them, and a decision's authority of issue, the deciding body named
as the header names the issuer, run on after the summary."""

from __future__ import annotations

from plankb.extractors.text import normalize
from tests.conftest import extract_text

DECISION = """Quyết định 120/QĐ-UBND năm 2021.
ỦY BAN NHÂN DÂN TỈNH AN LẠC -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 120/QĐ-UBND An Lạc, ngày 09 tháng 3 năm 2021 QUYẾT ĐỊNH V/V BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2021 TRÊN ĐỊA BÀN TỈNH ỦY BAN NHÂN DÂN TỈNH AN LẠC
Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2021.
Điều 2. Giám đốc Sở Nông nghiệp và Phát triển nông thôn chịu trách nhiệm thi hành Quyết định này./.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Bình
"""

LETTER = """Công văn 88/SYT-NV năm 2022 về tiêm chủng do Sở Y tế tỉnh An Lạc ban hành
SỞ Y TẾ TỈNH AN LẠC ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 88/SYT-NV V/v triển khai tiêm chủng mở rộng năm 2022 An Lạc, ngày 14 tháng 01 năm 2022 Kính gửi: Trung tâm Y tế các huyện, thành phố. Sở Y tế đề nghị các đơn vị triển khai tiêm chủng.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC Lê Thị Hoa
"""


def test_number_date_type_and_summary_each_on_a_line():
    lines = normalize(DECISION).text.split("\n")
    assert "Số: 120/QĐ-UBND" in lines
    assert "An Lạc, ngày 09 tháng 3 năm 2021" in lines
    assert "QUYẾT ĐỊNH" in lines
    assert "V/V BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2021 TRÊN ĐỊA BÀN TỈNH" in lines
    assert "ỦY BAN NHÂN DÂN TỈNH AN LẠC" in lines[lines.index("QUYẾT ĐỊNH") :]


def test_decision_header(nlp):
    record = extract_text(DECISION, nlp)
    assert record.title.upper().endswith("THIÊN TAI NĂM 2021 TRÊN ĐỊA BÀN TỈNH")
    assert record.date == "2021-03-09" and record.place == "An Lạc"


def test_subject_then_place_and_addressees(nlp):
    lines = normalize(LETTER).text.split("\n")
    assert "V/v triển khai tiêm chủng mở rộng năm 2022" in lines
    assert "An Lạc, ngày 14 tháng 01 năm 2022" in lines
    record = extract_text(LETTER, nlp)
    assert record.title == "triển khai tiêm chủng mở rộng năm 2022"


def test_summary_naming_the_issuer_inside_is_not_cut():
    # the issuer's name inside the summary, not at its end: the line stays whole
    text = DECISION.replace("TRÊN ĐỊA BÀN TỈNH ỦY BAN NHÂN DÂN TỈNH AN LẠC\n", "CỦA ỦY BAN NHÂN DÂN TỈNH AN LẠC NĂM 2021\n")
    lines = normalize(text).text.split("\n")
    assert any(line.endswith("CỦA ỦY BAN NHÂN DÂN TỈNH AN LẠC NĂM 2021") for line in lines)
