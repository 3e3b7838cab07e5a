"""OCR words corrected by the document's own spelling of the same pair of words."""

from __future__ import annotations

from plankb.extractors.readers.ocr_consensus import apply_consensus, consensus_edits

BODY = "Căn cứ Luật Tổ chức Chính phủ; tổ chức thực hiện; các tổ chức đoàn thể; tổ chức hội nghị. "


def test_a_misread_pair_takes_the_documents_spelling():
    text = "Về việc thành lập tô chức phối hợp. " + BODY
    fixed = apply_consensus(text, [(0, len(text))])
    assert fixed.startswith("Về việc thành lập tổ chức phối hợp.")
    assert len(fixed) == len(text)  # page offsets stay valid


def test_case_is_kept():
    text = "TÔ CHỨC HỘI NGHỊ\nTô chức tốt. " + BODY
    fixed = apply_consensus(text, [(0, len(text))])
    assert fixed.startswith("TỔ CHỨC HỘI NGHỊ\nTổ chức tốt.")


def test_too_few_votes_change_nothing():
    # ("nhạc sĩ" is not among the common pairs, which would decide alone)
    text = "thành lập đoàn nhác sĩ; đoàn nhạc sĩ."
    assert consensus_edits(text, [(0, len(text))]) == []  # one against one is no evidence
    text = "nhác sĩ; nhác sĩ; nhạc sĩ múa; nhạc sĩ hát; nhạc sĩ kịch."
    assert consensus_edits(text, [(0, len(text))]) == []  # three against two: not twice as often


def test_a_pair_misread_all_through_is_the_common_pair_with_its_letters():
    from plankb.extractors.patterns.common_pairs import EXAMPLES

    for wrong, right in EXAMPLES:
        text = f"Sửa {wrong} một số điều; {wrong.upper()} các điều."
        assert apply_consensus(text, [(0, len(text))]) == f"Sửa {right} một số điều; {right.upper()} các điều."


def test_only_ocr_pages_are_corrected():
    page1 = "Tô chức của nghệ sĩ. "  # a born-digital page: what it says stands
    text = page1 + BODY
    assert apply_consensus(text, [(len(page1), len(text))]) == text


def test_pairs_do_not_reach_across_paragraphs():
    # a paragraph starts with a capital; one that goes on in small letters is a line OCR set apart
    text = "ông tô\n\nChức sự kiện. " + BODY
    assert apply_consensus(text, [(0, len(text))]).startswith("ông tô\n\nChức")


def test_a_provinces_name_misread_in_its_marks_is_that_province():
    from plankb.extractors.patterns.places import EXAMPLES

    for misread, name in EXAMPLES:
        text = f"{misread}, ngày 04 tháng 9 năm 2025"
        assert apply_consensus(text, [(0, len(text))]).startswith(name)
    text = "gió mùa đông bắc; Hà Đông"  # lower case, or no province of those letters: left alone
    assert apply_consensus(text, [(0, len(text))]) == text


def test_a_common_pair_is_not_outvoted_by_a_misreading_repeated_in_the_document():
    # Tesseract reads "đẩy mạnh" as "đây mạnh" three times and once as "đầy mạnh": the table decides
    text = "vướng mắc, đầy mạnh giải ngân; đây mạnh giải ngân; đây mạnh cải cách; đây mạnh đầu tư."
    fixed = apply_consensus(text, [(0, len(text))])
    assert "đẩy mạnh giải ngân; đẩy mạnh giải ngân" in fixed
    assert "đây" not in fixed and "đầy" not in fixed
