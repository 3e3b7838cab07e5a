"""A portal's note on what became of the copied document, above the copy's header, is the site's
furniture: the documents it names are not the document's references (layout_markers.STATUS_NOTE)."""

import re

import pytest

from plankb.extractors.layout import find_layout
from plankb.extractors.patterns import layout_markers as M
from tests.conftest import extract_text


@pytest.mark.parametrize("line, note", M.STATUS_NOTE_EXAMPLES)
def test_status_note_examples(line, note):
    assert bool(re.search(M.STATUS_NOTE, line, re.I)) is note


HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\n\nSố: 45/QĐ-UBND\n\nAn Phú, ngày 02 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH\n\n"
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2021 của Ủy ban nhân dân tỉnh;\n"
)


def test_a_note_above_the_header_is_excluded(nlp):
    page = "Quyết định 45/QĐ-UBND năm 2021\n\nQuyết định 45/QĐ-UBND đã được thay thế bởi Quyết định 77/QĐ-UBND năm 2023.\n\n" + HEADER
    layout = find_layout(page)
    assert [ln.stripped[:30] for ln in layout.related_lines] == ["Quyết định 45/QĐ-UBND đã được "]
    rec = extract_text(page, nlp)
    assert [r.symbol for r in rec.references] == ["12/QĐ-UBND"]


def test_without_a_header_below_the_note_is_kept():
    page = "Tin tức\nQuyết định 45/QĐ-UBND đã được thay thế bởi Quyết định 77/QĐ-UBND năm 2023.\nCác xã thực hiện theo quyết định mới.\n"
    assert find_layout(page).related_lines == []
