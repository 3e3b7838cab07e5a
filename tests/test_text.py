"""Reading and normalizing text: encodings, artefacts, broken lines, and the map back."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from plankb.extractors.readers.text import decode, looks_soft_wrapped
from plankb.extractors.text import fold, normalize, strip_accents

VI = "Căn cứ Nghị quyết số 04-NQ/TU ngày 13/7/2022 của Ban Chấp hành Đảng bộ tỉnh về công tác dân vận"


def test_decode_utf8_with_and_without_bom():
    assert decode(VI.encode("utf-8"))[0] == VI
    text, enc, _ = decode(b"\xef\xbb\xbf" + VI.encode("utf-8"))
    assert text == VI and enc == "utf-8-sig"


def test_decode_utf16_with_and_without_bom():
    assert decode(VI.encode("utf-16"))[0] == VI
    text, enc, _ = decode(VI.encode("utf-16-le"))
    assert text == VI and enc == "utf-16-le"


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: letters with their vowel marks, tone marks as combining characters."""
    out = []
    for ch in text:
        nfd = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
        out.append(base + "".join(c for c in nfd if c in _TONES))
    return "".join(out).encode("cp1258")


def test_decode_windows_1258_is_detected_not_assumed():
    data = _cp1258(VI)
    text, enc, warnings = decode(data, "old.txt")
    assert enc == "cp1258"
    assert unicodedata.normalize("NFC", text) == VI
    assert any(code == "legacy-encoding" and "old.txt" in msg for code, msg in warnings)
    assert normalize(text).text == VI


def test_nfc_and_eth_for_d_with_stroke():
    decomposed = unicodedata.normalize("NFD", "Ðảng ủy Khối")
    assert normalize(decomposed).text == "Đảng ủy Khối"


def test_nfc_composes_marks_with_their_letters():
    assert normalize("Ha\u0300 No\u0323\u0302i  Đa\u0309ng").text == "Hà Nội Đảng"


def test_look_alike_slashes_and_spaces_become_plain():
    text = normalize("Nghị định số 163\u20442016/NĐ-CP,\u00a0ngày 21/12/2016")
    assert text.text == "Nghị định số 163/2016/NĐ-CP, ngày 21/12/2016"
    assert text.source_span(13, 27) == (13, 27)  # same length: offsets unchanged


def test_markdown_and_export_artefacts_removed():
    raw = "\\*\n\nSố 114 -KH/ĐUK\n\n**KẾ HOẠCH**  \n### **III. TỔ CHỨC THỰC HIỆN**\n*Hoàn thành trong tháng 4/2023.*\n"
    text = normalize(raw).text
    assert "*" not in text and "#" not in text and "\\" not in text
    assert "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\nHoàn thành trong tháng 4/2023." in text


def test_markdown_table_rows_become_tab_separated_cells():
    raw = "x\n" * 800 + "| TT | Nội dung | Đơn vị chủ trì |\n|---|---|---|\n| 1 | Tuyên truyền | Ban Tuyên giáo |\n"
    text = normalize(raw).text
    assert "TT\tNội dung\tĐơn vị chủ trì\n1\tTuyên truyền\tBan Tuyên giáo\n" in text
    assert "---" not in text


def test_lines_broken_by_page_breaks_are_rejoined_and_page_numbers_dropped():
    raw = "mô hình “Dân vận khéo” thiết\n\n2\n\nthực, phù hợp với thực tế.\n\nII. NỘI DUNG\n"
    text = normalize(raw).text
    assert "mô hình “Dân vận khéo” thiết thực, phù hợp với thực tế." in text
    assert "\n2\n" not in text
    assert "\n\nII. NỘI DUNG" in text  # a new paragraph in capitals is not joined


def test_a_line_standing_alone_is_not_joined_across_a_blank_line():
    # a type name over a summary in lower case; a signer's name over the rest of the recipients;
    # a speck in a cell of its own
    raw = "QUYẾT ĐỊNH\n\nvề việc thành lập Ban chỉ đạo\n\nTrần Văn Nam\n\ncác Vụ: TH, PL;\nthuộc\n\nxa\tvề tình hình\n"
    text = normalize(raw).text
    assert "QUYẾT ĐỊNH\n\nvề việc" in text
    assert "Trần Văn Nam\n\ncác Vụ" in text
    assert "thuộc\n\nxa\tvề" in text
    assert "thiết thực" in normalize("mô hình thiết\n\nthực, phù hợp").text  # a sentence still goes on


def test_stray_space_in_dates_removed():
    assert "ngày 08/8/2022 của" in normalize("ngày 08/8/ 2022 của").text


def test_fold_unifies_case_and_tone_placement():
    assert fold("Thành uỷ") == fold("thành ủy") == "thành ủy"
    assert fold("hoà bình") == fold("hòa bình")
    assert fold("khoẻ") == fold("khỏe")
    assert fold("quý") == "quý"  # "qu" is a consonant: nothing to move
    assert fold("của") == "của"
    assert len(fold("UỶ BAN NHÂN DÂN")) == len("UỶ BAN NHÂN DÂN")


def test_strip_accents_for_search():
    assert strip_accents("Dân vận khéo, Đảng ủy") == "Dan van kheo, Dang uy"


def test_soft_wrapped_text_is_recognised():
    wrapped = "\n".join(["Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm"] * 30)
    one_paragraph_per_line = "\n\n".join(["x " * 150] * 30)
    assert looks_soft_wrapped(wrapped)
    assert not looks_soft_wrapped(one_paragraph_per_line)


_PIECES = st.sampled_from(
    ["Căn cứ ", "Nghị quyết ", "**", "\\*", "### ", "ủy ", "\n\n", "thiết\n\n", "thực, ", "2\n", "08/8/ 2022 ", "Ð", "  ", "\r\n", "\u00a0", "| a | b |\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=40))
def test_offsets_map_back_to_the_same_words(pieces):
    """Every word of the normalized text is found at the source offset the map gives."""
    import re

    source = "".join(pieces)
    t = normalize(source, reflow=True)
    for m in re.finditer(r"[^\W\d_]{3,}", t.text):
        word = m.group(0)
        if word in ("Đ",):
            continue
        start, end = t.source_span(m.start(), m.end())
        assert 0 <= start <= end <= len(source)
        original = source[start:end].translate(str.maketrans({"Ð": "Đ"}))
        # A word may span markup the normalization removed ("Đ**Căn" -> "ĐCăn"), never other text.
        assert re.sub(r"[*#\\|\s]", "", original) == word, (source, t.text, word, original)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["giao", "gia", "o", "phân công", " ", "đề nghị", "x"]), max_size=25), st.integers(0, 40))
def test_literal_starts_finds_every_occurrence_in_the_range(pieces, start):
    import re

    from plankb.extractors.text import literal_starts

    text = "".join(pieces)
    words = ("giao", "phân công", "đề nghị")
    expected = [m.start() for m in re.finditer("(?=giao|phân công|đề nghị)", text) if m.start() >= start]
    assert literal_starts(text, words, start) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Kế", "hoạch", " ", "  ", "\t", "\n", " \n", "\t \n"]), max_size=30))
def test_no_line_keeps_trailing_spaces_and_no_word_is_lost(pieces):
    text = "".join(pieces)
    out = normalize(text).text
    assert not any(line.endswith((" ", "\t")) for line in out.split("\n"))
    assert out.split() == text.split()
