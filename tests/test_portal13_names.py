"""Names of mass organisations in a header in capitals (made-up units): the charter's capitals, and a
province named without "tỉnh" at the end of the name is a place."""

from plankb.extractors.names import name_case


def test_womens_union_without_province_word():
    assert name_case("BAN THƯỜNG VỤ HỘI LIÊN HIỆP PHỤ NỮ CAO BẰNG").endswith(" Cao Bằng")


def test_labour_federation_without_province_word():
    assert name_case("LIÊN ĐOÀN LAO ĐỘNG ĐIỆN BIÊN") == "Liên đoàn Lao động Điện Biên"


def test_police_is_no_acronym():
    assert name_case("CÔNG AN TỈNH LAI CHÂU") == "Công an tỉnh Lai Châu"


def test_a_name_ending_in_no_province_is_kept():
    assert name_case("BAN THƯỜNG VỤ HUYỆN ỦY") == "Ban Thường vụ Huyện ủy"
