"""A title word broken by the arrival stamp pressed over it ("t luận" for "Kết luận", "¡ buổi" for
"tại buổi") is found among the syllables of its line, and the line's second reading gives it back
only when what it reads in the word's place is syllables."""

from __future__ import annotations

from plankb.extractors.readers import ocr_gaps
from plankb.extractors.readers.positioned import Word

HEIGHT = 842.0


def _line(texts: list[str], top: float = 170.0, x: float = 150.0) -> list[Word]:
    words = []
    for text in texts:
        width = 6.0 * len(text)
        words.append(Word(x, x + width, top, top + 13, text))
        x += width + 4
    return words


def test_a_remnant_among_syllables_is_damaged():
    line = _line(["t", "luận", "của", "Ban", "Chỉ", "đạo"])
    assert ocr_gaps.damaged(line, HEIGHT) == [0]
    assert ocr_gaps.damaged(_line(["Nguyễn", "Hòa", "Bình", "¡", "buổi", "làm"]), HEIGHT) == [3]


def test_numbers_codes_and_dashes_are_not_damaged():
    line = _line(["Số:", "172/TB-VPCP", "UBND", "tỉnh", "-", "Hà", "Nội,", "ngày", "11"])
    assert ocr_gaps.damaged(line, HEIGHT) == []


def test_only_lines_of_text_in_the_top_half():
    assert ocr_gaps.damaged(_line(["t", "luận", "của", "Ban"], top=600), HEIGHT) == []
    assert ocr_gaps.damaged(_line(["ĐẾN", "“=", "z"]), HEIGHT) == []  # a stamp's specks: no line of text


def test_the_second_reading_gives_syllables_or_nothing():
    left, right = 100.0, 176.0  # from the band's left edge to the next word of the line
    read = [_line(["-Kết", "luận", "của"], x=150)]
    assert [w.text for w in ocr_gaps.replacement(read, left, right)] == ["Kết"]
    assert ocr_gaps.replacement([_line(["-tạì", "luận"], x=150)], left, right) is None  # two tones: no syllable
    assert [w.text for w in ocr_gaps.replacement([_line(["-tạị", "luận"], x=150)], left, right)] == ["tại"]  # one tone twice: once
    assert ocr_gaps.replacement([_line(["luận"], x=200)], left, right) is None  # nothing read in its place


def _caps(texts: list[str], x: float, top: float) -> list[Word]:
    words = []
    for text in texts:
        width = 9.0 * len(text)
        words.append(Word(x, x + width, top, top + 12, text))
        x += width + 4
    return words


def test_a_header_line_off_the_middle_of_the_line_above_lost_a_word_at_one_end():
    above = _caps(["ỦY", "BAN", "NHÂN", "DÂN"], 67, 25) + _caps(["CỘNG", "HÒA", "XÃ", "HỘI"], 320, 25)
    line = _caps(["PHÚ", "THỌ"], 117, 40)  # "TỈNH" lost before it: its middle leans right
    found = ocr_gaps.off_centre([above, line], 595, HEIGHT)
    assert [(k, right) for k, _left, right in found] == [(1, 117)] and found[0][1] < 117 - 30
    centred = _caps(["TỈNH", "PHÚ", "THỌ"], 78, 40)
    assert ocr_gaps.off_centre([above, centred], 595, HEIGHT) == []
    assert ocr_gaps.off_centre([above, _caps(["PHÚ", "THỌ"], 117, 300)], 595, HEIGHT) == []  # not in the header
