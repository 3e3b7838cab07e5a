"""Scanned PDFs: OCR'd marks corrected only where the reading is not in doubt, and the number read
when the second engine loses the slash before the code."""

from plankb.extractors.patterns.common_pairs import _WRITTEN_OFTEN, AMBIGUOUS_PAIRS, COMMON_PAIRS
from plankb.extractors.readers import ocr_blanks
from plankb.extractors.readers.ocr_consensus import apply_consensus
from plankb.extractors.readers.ocr_repairs import repair_line


def _fixed(text: str) -> str:
    return apply_consensus(text, [(0, len(text))])


def test_a_word_its_table_pair_vouches_for_is_not_changed_by_its_other_neighbour():
    # "đồng chí" is a common pair; "chí Thượng" has the letters of "chi thường" (xuyên), also one
    text = "giữ nguyên chức vụ đối với đồng chí Thượng tướng Nguyễn Văn A"
    assert "đồng chí" in _fixed(text)
    assert _fixed("đối với đồng chi Thượng tướng") == "đối với đồng chí Thượng tướng"  # the table still corrects


def test_a_word_the_document_spells_so_with_one_neighbour_is_not_outvoted_with_the_other():
    text = "V/v đề nghị thống nhất cho phép; thống nhất; hội nghị thông qua; nghị thông qua; nghị thông qua."
    assert _fixed(text).startswith("V/v đề nghị thống nhất cho phép")


def test_pairs_whose_letters_are_two_phrases_are_left_to_the_document():
    assert AMBIGUOUS_PAIRS.issubset(_WRITTEN_OFTEN)  # a pair left out must be one the table has
    assert AMBIGUOUS_PAIRS.isdisjoint(COMMON_PAIRS)
    for text in ("Ban Vì sự tiến bộ của phụ nữ", "ông A, Thứ trưởng Bộ Nội vụ", "công nhân lao động"):
        assert _fixed(text) == text
    # an unambiguous pair is still corrected
    assert _fixed("Sửa đổi, bỗ sung") == "Sửa đổi, bổ sung"


def test_the_number_is_read_when_the_second_engine_loses_the_slash():
    found = ocr_blanks.read_blanks(["S6: 227MTTQ-BTT"])
    assert found["number"] == "227" and found["code"] == "MTTQ-BTT"
    assert "number" not in ocr_blanks.read_blanks(["S6: 227 ngay 4"])  # digits without a code after them: no number line


def test_ve_viec_misread_before_a_subject():
    assert repair_line("Và ,việc kéo dài thời hạn")[0] == "Về việc kéo dài thời hạn"
    assert repair_line("và việc làm của người lao động")[0] == "và việc làm của người lao động"


def test_a_word_wide_hole_in_a_title_line_is_read_again_and_only_syllables_fill_it():
    from plankb.extractors.readers import ocr_gaps
    from plankb.extractors.readers.positioned import Word

    def word(x0: float, text: str, top: float = 180.0) -> Word:
        return Word(x0, x0 + 7 * len(text), top, top + 18, text)

    phe, quy = word(100, "Phê"), word(175, "Quy")  # a hole of 54 points: a word the page pass dropped
    line = [phe, quy, word(204, "hoạch")]
    assert ocr_gaps.holes(line, 842) == [(phe, quy)]
    assert ocr_gaps.holes([word(100, "Phê"), word(128, "duyệt")], 842) == []  # an ordinary space
    assert ocr_gaps.holes([word(60, "Số:"), word(400, "Hà")], 842) == []  # the header's two columns
    assert ocr_gaps.holes([word(100, "Phê", 600), word(175, "Quy", 600)], 842) == []  # below the title
    read = [[word(0, "'"), word(10, "duyệt"), word(50, "\\"), word(60, "Ì"), word(70, "xq")]]
    assert [w.text for w in ocr_gaps.found_words(read)] == ["duyệt"]


def test_a_rare_family_name_gives_way_to_a_common_one_tesseract_reads_alone_before_the_same_given_names(monkeypatch):
    from plankb.extractors.readers import ocr, ocr_lines, pdf
    from plankb.extractors.readers.positioned import Word

    def words(*texts: str) -> list[Word]:
        return [Word(10.0 * k, 10.0 * k + 8, 500, 512, t) for k, t in enumerate(texts)]

    monkeypatch.setattr(ocr_lines, "unavailable", lambda: None)
    monkeypatch.setattr(ocr_lines, "read_lines", lambda *a: [((0, 0, 1, 1), "an Thanh Man", 0.9)])
    block = [words("KT.", "CHỦ", "TỊCH"), words("XX`_#_", "Trấn", "Thanh", "Mẫn")]
    monkeypatch.setattr(ocr, "region_words", lambda *a, **k: block)
    page = pdf.Page(index=0, width=595, height=842)
    name = words("Ân", "Thanh", "Mẫn")
    checked = pdf._rare_surname_checked("x.pdf", page, (0, 0, 595, 842), name)
    assert [w.text for w in checked] == ["Trần", "Thanh", "Mẫn"]
    block[1] = words("XX`_#_", "Trấm", "Thanh", "Mẫn")  # not read whole: the page pass's name stands
    assert [w.text for w in pdf._rare_surname_checked("x.pdf", page, (0, 0, 595, 842), name)] == ["Ân", "Thanh", "Mẫn"]


def test_the_words_of_a_seal_read_between_the_title_and_the_name_are_not_the_signer(nlp):
    from tests.conftest import PLAN_OPENING, extract_text

    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\n{seal}\n\n{name}\n"
    record = extract_text(PLAN_OPENING + closing.format(seal="CHẤP HÀNH\nHỘI LIÊN HIỆP\nPHỤ NỮ TỈNH", name="Nguyễn Thị Lan"), nlp)
    assert record.signer.name == "Nguyễn Thị Lan"
    assert record.signer.title == "Phó Chủ tịch"
    # a name printed in capitals is the name
    record = extract_text(PLAN_OPENING + closing.format(seal="", name="NGUYỄN THỊ LAN"), nlp)
    assert record.signer.name == "Nguyễn Thị Lan"
