"""A header name cut at its line break by a flattened table ("BỘ VĂN HOÁ, THỂ THAO |", the second
line "VÀ DU LỊCH" lost) is made whole by the name its symbol's code stands for (Decree 30)."""

from __future__ import annotations

import pytest

from plankb.extractors.fields.header import whole_name
from plankb.extractors.patterns.issuer_codes import CENTRAL_BODY_OF_CODE, CODE_NAME_EXAMPLES, ISSUER_CODES
from tests.conftest import extract_text


@pytest.mark.parametrize("cut, code, name", CODE_NAME_EXAMPLES)
def test_code_name_examples(cut, code, name):
    assert whole_name(cut, (code,)) == name


def test_every_named_code_is_an_issuer_code():
    assert set(CENTRAL_BODY_OF_CODE) <= ISSUER_CODES


def test_a_whole_or_other_name_is_kept():
    assert whole_name("Bộ Văn hóa, Thể thao và Du lịch", ("BVHTTDL",)) == "Bộ Văn hóa, Thể thao và Du lịch"
    assert whole_name("Ban Tổ chức Tỉnh ủy", ("BTC",)) == "Ban Tổ chức Tỉnh ủy"  # a Party board, not the ministry
    assert whole_name("Bộ Tài chính", ("BVHTTDL",)) == "Bộ Tài chính"
    assert whole_name("Bộ", ("BVHTTDL",)) == "Bộ"  # one word says nothing of which


def test_a_flattened_header_table_gives_the_whole_ministry(nlp):
    text = ("- 1Luật Du lịch 2017\n"
            "BỘ LAO ĐỘNG - THƯƠNG BINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 512/BLĐTBXH-VP | Hà Nội, ngày 04 tháng 3 năm 2024 |\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
            "Bộ Lao động - Thương binh và Xã hội đề nghị các địa phương rà soát số liệu.\n")
    record = extract_text(text, nlp)
    assert record.issuer.name == "Bộ Lao động - Thương binh và Xã hội"
