"""Symbols whose first code joins two short names with "&", as the bodies' own names do
("Sở GD&ĐT", "Bộ NN&PTNT"): the whole code, not the part before the "&"."""

from __future__ import annotations

import pytest

from plankb.extractors.symbols import find_symbols


@pytest.mark.parametrize(
    ("text", "symbol", "doc_type"),
    [
        ("Căn cứ Công văn số 1841/SGD&ĐT-GDTH ngày 21/8/2024 của Sở GD&ĐT;", "1841/SGD&ĐT-GDTH", "CV"),
        ("theo Công văn số 512/SNN&PTNT-TTBVTV ngày 3/4/2023", "512/SNN&PTNT-TTBVTV", "CV"),
        ("Quyết định số 45/QĐ-SGD&ĐT ngày 02/01/2024", "45/QĐ-SGD&ĐT", "QĐ"),
    ],
)
def test_an_ampersand_joins_a_code(text, symbol, doc_type):
    found = find_symbols(text)
    assert [s.text for s in found] == [symbol]
    assert found[0].doc_type == doc_type


def test_an_ampersand_alone_makes_no_code():
    assert [s.text for s in find_symbols("số 12/KH& ngày 5/3/2024")] == []
    assert [s.text for s in find_symbols("Số: 318/QĐTTg ngày 5/3/2024")] == ["318/QĐ-TTg"]
