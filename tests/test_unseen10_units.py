"""An official named by post and name: both readings of the name ask one table of unit words
(layout_markers.ADMIN_UNITS) whether the words before the "name" are a unit (then they are its place)."""

from plankb.extractors.fields import identity as I
from plankb.extractors.patterns import layout_markers as M


def test_units_named_for_persons_are_admin_units_but_the_province():
    assert set(M.UNITS_NAMED_FOR_PERSONS) == set(M.ADMIN_UNITS) - {"tỉnh"}


def test_a_place_named_for_a_person_stays_with_its_unit():
    for who in ("Phó Chủ tịch UBND phường Trần Hưng Đạo", "Chủ tịch UBND TP. Hồ Chí Minh", "Chủ tịch UBND TP Hồ Chí Minh"):
        assert I._without_name(who) == who
    # the special zones of the 2025 Law on Local Government are units like the others
    assert I._without_name("Chủ tịch UBND đặc khu Lý Sơn") == "Chủ tịch UBND đặc khu Lý Sơn"


def test_a_signer_after_a_province_is_cut():
    assert I._without_name("Phó Chủ tịch UBND tỉnh Nguyễn Văn An") == "Phó Chủ tịch UBND tỉnh"
    assert I._head_post("Chủ tịch UBND tỉnh Nguyễn Văn An") == "Chủ tịch UBND tỉnh"


def test_head_post_reads_a_unit_before_the_name_as_its_place():
    assert I._head_post("Chủ tịch UBND thị trấn Trần Văn Thời") is None
    assert I._head_post("Chủ tịch UBND TP. Hồ Chí Minh Nguyễn Văn An") == "Chủ tịch UBND TP. Hồ Chí Minh"
