"""References whose symbols a web page or an export damaged, and old forms of a number.

Each sentence stands in the opening of a plan (tests/conftest.py PLAN_OPENING, own symbol
12/KH-UBND). Expected: (symbol normalized, date). Made-up citations, written from the conventions.
"""

from __future__ import annotations

import pytest

from plankb.extractors.symbols import find_symbols
from tests.conftest import PLAN_OPENING, extract_text


def cited(sentence: str, nlp) -> set[tuple[str, str | None]]:
    rec = extract_text(PLAN_OPENING.replace("I. MỤC ĐÍCH\n", sentence + "\n\nI. MỤC ĐÍCH\n"), nlp)
    return {(r.symbol, r.date) for r in rec.references}


REFERENCES = [
    # "số" glued to the number, its "ố" dropped by a page that lost its accented letters
    ("Căn cứ Nghị định s41/2019/NĐ-CP ngày 10/5/2019 của Chính phủ về quản lý;", {("41/2019/NĐ-CP", "2019-05-10")}),
    # a space and a slash for the hyphen after the type code
    ("Căn cứ Quyết định số 55/2011/QĐ /BTC-TCT ngày 03/6/2011 của Bộ Tài chính;", {("55/2011/QĐ-BTC-TCT", "2011-06-03")}),
    # the "Đ" dropped from a council's code and from a type code
    ("Thc hin Ngh quyt s 45/2012/NQ-HND ngy 12/7/2012 ca Hi ng nhn dn tnh;", {("45/2012/NQ-HĐND", "2012-07-12")}),
    ("n s 207/A-UBND ngy 14/3/2015 ca y ban nhn dn tnh;", {("207/ĐA-UBND", "2015-03-14")}),
    # before 1997 a decision wrote only its issuer's code
    ("Căn cứ Quyết định số 64/TTg ngày 11/02/1995 của Thủ tướng Chính phủ;", {("64/TTg", "1995-02-11")}),
]


@pytest.mark.parametrize(("sentence", "expected"), REFERENCES)
def test_damaged_citation(sentence, expected, nlp):
    assert cited(sentence, nlp) == expected


def test_law_cut_after_its_year_in_a_table_cell():
    assert [s.text for s in find_symbols("Nghị quyết \nsố 87/2024/ \nUBTVQH15 \n12")] == ["87/2024/UBTVQH15"]


def test_spaced_slash_needs_a_year():
    # "12/KH /UBND" has no year: not read as the damaged hyphen
    assert all(s.text != "12/KH-UBND" for s in find_symbols("Kế hoạch 12/KH /UBND ngày"))


def test_farmers_union_code_kept_without_a_year(nlp):
    assert cited("Thực hiện Nghị quyết số 08/NQ-HND ngày 02/3/2021 của Hội Nông dân tỉnh;", nlp) == {("08/NQ-HND", "2021-03-02")}


def test_old_and_new_form_of_one_decision_cited_once(nlp):
    refs = cited("Căn cứ Quyết định số 64/TTg ngày 11/02/1995; Quyết định số 64/QĐ-TTg ngày 11/02/1995 nêu trên;", nlp)
    assert {s for s, _ in refs} == {"64/QĐ-TTg"}


def test_own_number_label_without_its_accent(nlp):
    text = PLAN_OPENING.replace("Số: 12/KH-UBND", "S: 12 /KH-UBND")
    rec = extract_text(text, nlp)
    assert all(r.symbol != "12/KH-UBND" for r in rec.references)


def test_code_cut_inside_its_letters_is_the_whole_citation_again(nlp):
    refs = cited("Căn cứ Quyết định số 907/QĐ-TTg ngày 01/12/2025 của Thủ tướng; các nhiệm vụ tại Quyết định số 907/QĐ-T", nlp)
    assert refs == {("907/QĐ-TTg", "2025-12-01")}


def test_a_further_code_is_not_a_cut(nlp):
    # "40/KH-UBND" and "40/KH-UBND-VX" differ by a whole code: both stand
    refs = cited("Căn cứ Kế hoạch số 40/KH-UBND ngày 01/02/2024 và Kế hoạch số 40/KH-UBND-VX ngày 03/4/2024;", nlp)
    assert refs == {("40/KH-UBND", "2024-02-01"), ("40/KH-UBND-VX", "2024-04-03")}


@pytest.mark.parametrize(("written", "read"), [
    ("Quyết định số 61/QĐĐ-UBND ngày", "61/QĐ-UBND"),
    ("Chương trình số 08-CTr/BCĐĐ ngày", "08-CTr/BCĐ"),
])
def test_doubled_d_of_a_scan(written, read):
    assert [s.text for s in find_symbols(written)] == [read]


def test_own_number_with_a_portal_year_is_not_cited(nlp):
    text = "Quyết định số 12/2024/KH-UBND tỉnh An Lạc\n\n" + PLAN_OPENING
    rec = extract_text(text, nlp)
    assert rec.symbol == "12/KH-UBND"
    assert all(r.symbol != "12/2024/KH-UBND" for r in rec.references)


def test_another_year_form_of_a_different_number_is_cited(nlp):
    assert cited("Căn cứ Quyết định số 13/2024/QĐ-UBND ngày 02/02/2024 của UBND tỉnh;", nlp) == {("13/2024/QĐ-UBND", "2024-02-02")}


@pytest.mark.parametrize(("written", "read"), [
    ("Nghị quyết số 351/NQ-UBTVQHI4 ngày", "351/NQ-UBTVQH14"),
    ("Nghị quyết số 90/2006/NQ-UBTVQHII ngày", "90/2006/NQ-UBTVQH11"),
    ("Nghị quyết số 351/NQ-UBTVQH14 ngày", "351/NQ-UBTVQH14"),
])
def test_legislature_term_read_with_letters(written, read):
    assert [s.text for s in find_symbols(written)] == [read]


@pytest.mark.parametrize(("written", "read"), [
    ("Thông báo số 88/TB-TTEg ngày", "88/TB-TTg"),
    ("Quyết định số 45/2010/QĐ-Tg ngày", "45/2010/QĐ-TTg"),
    ("Công điện số 17/CĐ-TTsg ngày", "17/CĐ-TTg"),
])
def test_mixed_case_code_misread_by_a_letter(written, read):
    assert [s.text for s in find_symbols(written)] == [read]
