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


PROGRAMME = """CHÍNH PHỦ
Số: 31/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Nội, ngày 10 tháng 3 năm 2026
NGHỊ QUYẾT
Ban hành Chương trình hành động thực hiện Chỉ thị số 12-CT/TW ngày 02 tháng 5 năm 2025 của Ban Bí thư
Căn cứ Chỉ thị số 12-CT/TW ngày 02 tháng 5 năm 2025 của Ban Bí thư về công tác dân vận;
Căn cứ Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị;
III. TỔ CHỨC THỰC HIỆN
1. Trên cơ sở nội dung Chỉ thị số 12-NQ/TW của Ban Bí thư, các bộ, ngành xây dựng kế hoạch.
"""


def test_type_code_slipped_in_a_citation_is_the_same_document(nlp):
    # "Chỉ thị số 12-NQ/TW" beside "Chỉ thị số 12-CT/TW": the code a slip, one document cited
    from tests.conftest import extract_text

    symbols = {r.symbol for r in extract_text(PROGRAMME, nlp).references}
    assert symbols == {"12-CT/TW", "35-NQ/TW"}
