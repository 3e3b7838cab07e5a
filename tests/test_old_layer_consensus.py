"""The document's own spelling of a pair, or the table of common pairs, must not correct a word
into breaking the pair it makes with its other neighbour (ocr_consensus): what kept a scan's
title "khai thác và sử dụng Hệ thống" from becoming "sử dựng" once its body, kept from the
file's own OCR layer, wrote "xây dựng hệ thống" throughout."""

from __future__ import annotations

from plankb.extractors.readers.ocr_consensus import apply_consensus


def _fixed(text: str) -> str:
    return apply_consensus(text, [(0, len(text))])


def test_a_common_pair_on_the_other_side_stands():
    # "dựng hệ" is a common pair with the letters of "dụng hệ"; "sử dụng" is one too
    text = "Quản lý, khai thác và sử dụng hệ thống thông tin."
    assert _fixed(text) == text


def test_a_pair_the_document_writes_on_the_other_side_stands():
    # "vị sự" (đơn vị sự nghiệp) is a common pair; "Ban Vì" is what the document writes
    text = "Ban Vì sự tiến bộ. Tham gia Ban Vì sự tiến bộ. Thành viên Ban Vì sự tiến bộ."
    assert _fixed(text) == text


def test_a_word_misread_all_through_is_still_corrected():
    # "chỉ tiết" misread throughout (so "định chỉ" is written often): "định chi" is common
    text = "Nghị định quy định chỉ tiết Luật; quy định chỉ tiết thi hành; quy định chỉ tiết một số điều."
    assert _fixed(text) == text.replace("chỉ tiết", "chi tiết")


def test_a_lone_misreading_is_still_corrected():
    text = "Về việc thành lập tô chức phối hợp; tổ chức thực hiện; các tổ chức đoàn thể."
    assert _fixed(text).startswith("Về việc thành lập tổ chức phối hợp")
