"""A word Tesseract doubts only for the specks run into it is kept; specks and strokes are not."""

from __future__ import annotations

import pytest

from plankb.extractors.readers import ocr

TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _tsv(*words: tuple[str, float]) -> str:
    rows = [f"5\t1\t1\t1\t1\t{k + 1}\t{100 * k}\t10\t90\t40\t{conf}\t{text}" for k, (text, conf) in enumerate(words)]
    return TSV_HEADER + "\n".join(rows) + "\n"


@pytest.mark.parametrize(("text", "kept"), [("TẢI:©", "TẢI"), ("ĐỘNG.", "ĐỘNG"), ("bảng.", None), ("Ngày -|", None),
                                            ("©", None), ("TAI:", None), ("XQZ:", None), ("TẢI", None)])
def test_a_doubted_word_keeps_its_letters_only_when_they_are_a_marked_syllable_in_capitals(text, kept):
    assert ocr._syllable_under_specks(text) == kept


def test_the_header_word_a_speck_ran_into_stays_in_its_line():
    lines, _blocks = ocr.parse_tsv(_tsv(("BỘ", 93.0), ("VẬN", 93.0), ("TẢI:©", 2.9), ("~~", 1.0)), 1.0)
    assert [w.text for w in lines[0]] == ["BỘ", "VẬN", "TẢI"]


def test_the_authority_line_is_found_on_the_right_of_a_row_the_recipients_heading_begins():
    from plankb.extractors.readers.pdf import _right_words_start_authority
    from plankb.extractors.readers.positioned import Word

    row = [Word(60, 70, 400, 410, "bi"), Word(72, 100, 400, 410, "nhận:"), Word(380, 410, 400, 410, "KT.BỘ"), Word(412, 460, 400, 410, "TRƯỞNG")]
    assert _right_words_start_authority(row, 595)
    assert not _right_words_start_authority(row[:2], 595)  # the recipients' heading alone
    assert not _right_words_start_authority([Word(60, 80, 400, 410, "KT."), Word(90, 120, 400, 410, "Lưu")], 595)  # on the left
