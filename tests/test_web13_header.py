"""A header that lost its unit's name ("ỦY BAN NHÂN DÂN" alone) under an authority line that names
the unit but not its place ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"): a place-and-date line that names a
province names the body's (Decree 30/2020, App. I); one that names a town does not."""

from tests.conftest import extract_text

PAGE = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "Số: 12/QĐ-UBND | {place}ngày 02 tháng 3 năm 2023 |\n"
    "QUYẾT ĐỊNH\nCÔNG BỐ THỦ TỤC HÀNH CHÍNH LĨNH VỰC HỘ TỊCH\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN {unit}\n"
    "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này thủ tục hành chính.\n"
)


def test_the_place_line_completes_the_unit_of_the_authority_line(nlp):
    rec = extract_text(PAGE.format(place="Lạng Sơn, ", unit="TỈNH"), nlp)
    assert rec.issuer.name == "Ủy ban nhân dân tỉnh Lạng Sơn"


def test_a_place_line_naming_a_town_completes_nothing(nlp):
    rec = extract_text(PAGE.format(place="Nam An, ", unit="TỈNH"), nlp)
    assert rec.issuer is None or rec.issuer.name != "Ủy ban nhân dân tỉnh Nam An"


def test_an_authority_line_with_its_place_is_read_whole(nlp):
    rec = extract_text(PAGE.format(place="Nam An, ", unit="TỈNH BẮC AN"), nlp)
    assert rec.issuer.name == "Ủy ban nhân dân tỉnh Bắc An"
