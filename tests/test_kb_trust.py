"""Cross-references to trust: Central codes from a table with examples, OCR spellings of one issuer
as one issuer, Central documents without a province."""

from __future__ import annotations

import pytest

from plankb.kb.central_codes import EXAMPLES, LOCAL_EXAMPLES, UNKNOWN_EXAMPLES, is_central_symbol, is_local_code
from plankb.kb.citekeys import scope_of
from plankb.kb.resolve import _issuer_form, same_issuer
from plankb.kb.rows import place_of_record


@pytest.mark.parametrize(("symbol", "central"), EXAMPLES)
def test_central_codes_examples(symbol, central):
    assert is_central_symbol(symbol) is central
    assert (scope_of(symbol, "Cà Mau", None) == "TW") is central


def test_local_and_unknown_codes():
    assert all(is_local_code(c) for c in LOCAL_EXAMPLES)
    assert not any(is_local_code(c) for c in UNKNOWN_EXAMPLES)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Ninh Thuận thời lỳ 2021 - 2030",
         "Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Ninh Thuận thời kỳ 2021 - 2030", True),  # OCR: k read as l
        ("Chính phủ quy định thâm quyền", "Chính phủ 41y định thâm quyền", True),  # OCR: letters read as digits
        ("Ban Bí thư", "Ban Bí thư Trung ương Đảng khóa XII", True),  # the same said shorter
        ("Ủy ban nhân dân tỉnh Hà Nam", "Ủy ban nhân dân tỉnh Hà Nội", False),  # two provinces
        ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Thành ủy", False),  # two levels
        ("Ban Chấp hành Trung ương Đoàn", "Ban Chấp hành Trung ương Đảng", False),  # two bodies
        ("Bộ Y tế", "Bộ Xây dựng", False),
    ],
)  # fmt: skip
def test_spellings_of_one_issuer(a, b, same):
    assert same_issuer(_issuer_form(a), _issuer_form(b)) is same


def test_a_central_document_has_no_province():
    central = {
        "issuer": {"name": "Ban Bí thư Trung ương Đoàn", "level": "central"},
        "place": "Hà Nội",
        "symbol": "18-HD/TWĐTN-BTC",
    }
    assert (place_of_record(central).province, place_of_record(central).locality) == (None, None)
    unknown_level = {"issuer": {"name": "Văn phòng Chính phủ"}, "place": "Hà Nội", "symbol": "2143/VPCP-CN"}
    assert place_of_record(unknown_level).province is None
    local = {"issuer": {"name": "Ban Thường vụ Thành đoàn", "level": "province"}, "place": "Hà Nội", "symbol": "12-KH/TĐTN-BTG"}
    assert place_of_record(local).province == "Hà Nội"  # the capital's own bodies keep it
