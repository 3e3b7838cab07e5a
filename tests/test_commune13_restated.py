"""A news lead that names the document without its number and restates it, with the number,
in the next sentence ("Tại Quyết định số 497/QĐ-UBND ngày 31/12/2025 ...")."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns import identity as P
from tests.conftest import extract_text


@pytest.mark.parametrize("lead, expected", P.RESTATING_EXAMPLES, ids=lambda x: str(x)[:30])
def test_restated_number_examples(lead, expected, nlp):
    rec = extract_text(f"Tin hoạt động\n{lead}\n", nlp)
    assert {"doc_type": rec.doc_type, "symbol": rec.symbol, "date": rec.date} == expected


def test_restated_number_of_another_date_is_another_document(nlp):
    page = ("Tin hoạt động\nNgày 10/3/2026, UBND xã Tân Lập ban hành kế hoạch phòng chống dịch bệnh gia súc.\n"
            "Theo Kế hoạch số 31/KH-UBND ngày 02/02/2026, các thôn rà soát đàn vật nuôi.\n")
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol, rec.date) == ("KH", None, "2026-03-10")


def test_restated_number_of_another_type_is_not_taken(nlp):
    page = ("Tin hoạt động\nChủ tịch UBND phường Long Hưng ký ban hành quyết định về thành lập Tổ công tác.\n"
            "Tại Kế hoạch số 40/KH-UBND, phường giao Tổ công tác rà soát hồ sơ.\n")
    rec = extract_text(page, nlp)
    assert rec.doc_type == "QĐ" and rec.symbol is None
