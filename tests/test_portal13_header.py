"""A law-library copy whose header lost the province line ("ỦY BAN NHÂN DÂN |") and whose text, as
cut, has no clause naming the body: a place line naming a province and a summary naming it as a
province ("... TRÊN ĐỊA BÀN TỈNH X") make the body the province's (Decree 30/2020, App. I)."""

from tests.conftest import extract_text

PAGE = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "Số: 41/KH-UBND | Cao Bằng, ngày 12 tháng 3 năm 2024 |\n"
    "KẾ HOẠCH\n"
    "{summary}\n"
    "Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính.\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
)


def test_summary_naming_the_province_completes_the_body(nlp):
    rec = extract_text(PAGE.format(summary="RÀ SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2024 TRÊN ĐỊA BÀN TỈNH CAO BẰNG"), nlp)
    assert rec.issuer.name == "Ủy ban nhân dân tỉnh Cao Bằng"


def test_place_alone_completes_nothing(nlp):
    # a city's bodies may write a place of the province's name: without "tỉnh X" the unit stays unknown
    rec = extract_text(PAGE.format(summary="RÀ SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2024 TRÊN ĐỊA BÀN THÀNH PHỐ"), nlp)
    assert rec.issuer is None or rec.issuer.name != "Ủy ban nhân dân tỉnh Cao Bằng"


def test_summary_naming_another_province_completes_nothing(nlp):
    rec = extract_text(PAGE.format(summary="PHỐI HỢP VỚI TỈNH LẠNG SƠN TRONG QUẢN LÝ BIÊN GIỚI NĂM 2024"), nlp)
    assert rec.issuer is None or "Lạng Sơn" not in rec.issuer.name
