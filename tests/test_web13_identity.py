"""A page's publication stamp before a news lead (identity.PAGE_STAMP): not the subject, and the
year a lead's "ngày 26/9" leaves out."""

import re

import pytest

from plankb.extractors.patterns import identity as P


@pytest.mark.parametrize("lead, stamp", P.PAGE_STAMP_EXAMPLES)
def test_page_stamp_examples(lead, stamp):
    m = re.match(rf"\s*{P.PAGE_STAMP}", lead, re.I)
    got = f"{m.group('sy')}-{m.group('sm')}-{m.group('sd')}" if m else None
    assert got == stamp


def test_the_stamp_is_skipped_before_the_subject():
    m = P.SUBJECT_LEAD.match("date 2025-09-24 Chủ tịch UBND tỉnh vừa ký")
    assert m.group(0) == "date 2025-09-24 "


def test_a_tab_bar_of_label_words_does_not_hide_the_block_below():
    from plankb.extractors.fields.identity import read_metadata

    tabs = "  • Thuộc tính\n  • Nội dung\n  • Hiệu lực\n  • Lược đồ\n" + "Dòng menu\n" * 10
    block = ("Cơ quan ban hành: Sở Tư pháp tỉnh Lạng SơnSố công báo:Đang cập nhật\n"
             "Số hiệu:15/KH-STPNgày đăng công báo:Đang cập nhật\n"
             "Loại văn bản:Kế hoạchNgười ký:Nguyễn Văn An\nNgày ban hành:02/03/2024Ngày hết hiệu lực:Đang cập nhật\n")
    meta = read_metadata(tabs + block)
    assert meta is not None
    got = {k: v.text for k, v in meta.values.items()}
    assert got["symbol"] == "15/KH-STP" and got["signer"] == "Nguyễn Văn An" and got["date"] == "02/03/2024"
    assert got["issuer"] == "Sở Tư pháp tỉnh Lạng Sơn"
