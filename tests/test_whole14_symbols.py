"""A symbol whose last code a PDF's text layer wraps at its hyphen, the hyphen ending the line
("364/TTr-BNG-" / "NVVH ngày ..."): one symbol, the code after the line break its last part."""

from __future__ import annotations

import pytest

from plankb.extractors.symbols import find_symbols


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("tại các văn bản số 210/TTr-BTC-\nNSNN ngày 12 tháng 01 năm 2026, số 88/BTC-NSNN ngày 5/3/2026",
         ["210/TTr-BTC-NSNN", "88/BTC-NSNN"]),
        ("theo Công văn số 45/UBND-\nVX ngày 02/01/2024 của Ủy ban nhân dân tỉnh", ["45/UBND-VX"]),
        # a capitalised word of the sentence after the wrapped hyphen is no code
        ("Kế hoạch số 12/KH-UBND-\nSở Y tế hướng dẫn", ["12/KH-UBND"]),
    ],
)
def test_code_wrapped_at_its_hyphen(text, symbols):
    assert [s.text for s in find_symbols(text)] == symbols
