"""An issuer code typed without its "Đ" on a keyboard without Vietnamese letters ("NQ-HDND"): no
body's code is written that way, so the code with its "Đ" is meant (made-up citations)."""

from plankb.extractors.symbols import find_symbols


def texts(s):
    return [x.text for x in find_symbols(s)]


def test_council_code_typed_without_d():
    assert texts("Căn cứ Nghị quyết số 15/2021/NQ-HDND ngày 10/7/2021") == ["15/2021/NQ-HĐND"]


def test_steering_committee_code_typed_without_d():
    assert texts("Kế hoạch số 7/KH-BCD ngày 02/3/2024") == ["7/KH-BCĐ"]


def test_codes_written_right_stay():
    assert texts("Nghị quyết số 15/NQ-HĐND và Quyết định số 9/QĐ-UBND") == ["15/NQ-HĐND", "9/QĐ-UBND"]
