"""A copier's specks on the number line: a sign before "Số" and signs glued after the code are
dropped, the number line itself kept (made-up page words only)."""

from plankb.extractors.readers import ocr_blanks
from plankb.extractors.readers.positioned import build_rows
from tests.page_words import HEIGHT, WIDTH
from tests.page_words import line_words as _line


def _mended(number_text: str) -> tuple[bool, str]:
    lines = [_line(90, 70, "VĂN PHÒNG CHÍNH PHỦ"), _line(80, 100, number_text), _line(330, 70, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    changed = ocr_blanks.mend_number_line(WIDTH, HEIGHT, build_rows(lines, [1, 1, 2]), lines)
    return changed, " ".join(w.text for w in lines[1])


def test_specks_around_the_number_line_go():
    assert _mended("- Số: 2739/VPCP-ĐMDN") == (True, "Số: 2739/VPCP-ĐMDN")
    assert _mended("Số: 14092/KH-UBND_`") == (True, "Số: 14092/KH-UBND")
    assert _mended("_. Số: 12/QĐ-TTg'") == (True, "Số: 12/QĐ-TTg")


def test_a_clean_number_line_stays_as_read():
    for text in ("Số: 2739/VPCP-ĐMDN", "Số: .../QĐ-UBND", "Số 210-CV/BTGDVTU", "Số: 04/2011/NQ-HĐND"):
        assert _mended(text) == (False, text)
    # no number line: nothing to mend
    lines = [_line(90, 70, "- Hà Nội"), _line(330, 70, "CỘNG HÒA")]
    assert not ocr_blanks.mend_number_line(WIDTH, HEIGHT, build_rows(lines, [1, 2]), lines)


def test_a_bar_a_scan_added_or_lost_on_a_known_code_is_mended():
    assert _mended("Số: 14092/KH-UBNĐ") == (True, "Số: 14092/KH-UBND")
    assert _mended("Số: 04/2011/NQ-HDND") == (True, "Số: 04/2011/NQ-HĐND")
    assert _mended("Số: 14092/KH-UBNĐ_`") == (True, "Số: 14092/KH-UBND")
    # an unknown code either way, or a known one, stays as read
    for text in ("Số: 2739/VPCP-ĐMDN", "Số: 81/LĐLĐ-CTCĐ", "Số: 12/QĐ-UBND"):
        assert _mended(text) == (False, text)
