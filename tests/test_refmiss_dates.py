"""Dates of references that a scan's OCR damaged, and the dot of 1990s provincial symbols.

Each sentence stands in the opening of a plan (tests/conftest.py PLAN_OPENING). Made-up citations.
"""

from __future__ import annotations

import pytest

from tests.conftest import PLAN_OPENING, extract_text


def cited(sentence: str, nlp) -> set[tuple[str, str | None]]:
    rec = extract_text(PLAN_OPENING.replace("I. MỤC ĐÍCH\n", sentence + "\n\nI. MỤC ĐÍCH\n"), nlp)
    return {(r.symbol, r.date) for r in rec.references}


REFERENCES = [
    # specks read as a stop, hyphen or colon beside "ngày"
    ("Căn cứ Nghị định số 45/2015/NĐ- CP- ngày 06/5/2015 của Chính phủ;", {("45/2015/NĐ-CP", "2015-05-06")}),
    ("Xét Tờ trình số 71/TTr-SNV. ngày 18 tháng 3 năm 2021 của Sở Nội vụ,", {("71/TTr-SNV", "2021-03-18")}),
    ("Căn cứ Thông tư số 11/2018/TT-BTC ngày: 30/01/2018 của Bộ Tài chính;", {("11/2018/TT-BTC", "2018-01-30")}),
    ("Căn cứ Kế hoạch số 205/KH-UBND ngày.09 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh;", {("205/KH-UBND", "2022-08-09")}),
    # ones and noughts of the day or month read as letters
    ("Căn cứ Nghị định số 15/2021/NĐ-CP ngày 03 tháng t1 năm 2021 của Chính phủ;", {("15/2021/NĐ-CP", "2021-11-03")}),
    ("Căn cứ Nghị định số 15/2021/NĐ-CP ngày 03 tháng I1] năm 2021 của Chính phủ;", {("15/2021/NĐ-CP", "2021-11-03")}),
    ("Căn cứ Quyết định số 88/QĐ-TTg ngày 2O tháng 0L năm 2022 của Thủ tướng Chính phủ;", {("88/QĐ-TTg", "2022-01-20")}),
    ("Căn cứ Nghị quyết số 61/NQ-CP ngày J4 tháng L2 năm 2023 của Chính phủ;", {("61/NQ-CP", "2023-12-14")}),
    # no month a letter can stand for: no date
    ("Căn cứ Nghị quyết số 61/NQ-CP ngày 14 tháng + năm 2023 của Chính phủ;", {("61/NQ-CP", None)}),
    # a stop with no "ngày" after it ends the citation: the date after it is not its date
    ("Theo Công văn số 310/UBND-VX. 16/4/2020 là hạn báo cáo.", {("310/UBND-VX", None)}),
    # the 1990s dot between the type and the body's code, kept as printed
    ("Quyết định này thay thế Quyết định số 07/1998/QĐ.UB ngày 20/02/1998 của Ủy ban nhân dân tỉnh.",
     {("07/1998/QĐ.UB", "1998-02-20")}),
]


@pytest.mark.parametrize(("sentence", "expected"), REFERENCES)
def test_damaged_date(sentence, expected, nlp):
    assert cited(sentence, nlp) == expected


# A clause after a comma reports the issue, its date then its actor: the date is the cited one's.
CLAUSES = [
    ("Để mở rộng thí điểm, ngày 16/8/2018 Bộ Lao động - Thương binh và Xã hội đã có Công văn số 3395/LĐTBXH-KHTC gửi các tỉnh.",
     {("3395/LĐTBXH-KHTC", "2018-08-16")}),
    # the comma's date is the citation's before it, "của" follows it: not the later citation's
    ("Thực hiện Công văn số 45/UBND-VX, ngày 05/3/2023 của UBND tỉnh về rà soát, Sở Nội vụ ban hành Kế hoạch số 40/KH-SNV về việc này.",
     {("45/UBND-VX", "2023-03-05"), ("40/KH-SNV", None)}),
    ("Thực hiện Công văn số 45/UBND-VX, ngày 05/3/2023 UBND tỉnh đã ban hành Kế hoạch số 40/KH-SNV về việc này.",
     {("45/UBND-VX", "2023-03-05"), ("40/KH-SNV", None)}),
]


@pytest.mark.parametrize(("sentence", "expected"), CLAUSES)
def test_date_of_a_clause_after_a_comma(sentence, expected, nlp):
    assert cited(sentence, nlp) == expected


# What a web page or an export leaves between a symbol and its date.
MARKS = [
    ("Căn cứ Nghị định số [47/2019/NĐ-CP](https://vbpl.vn/tw/Pages/vbpq.aspx?ItemID=1) ngày 05/6/2019 của Chính phủ;",
     {("47/2019/NĐ-CP", "2019-06-05")}),
    ("Căn cứ Nghị định số 47/2019/NĐ-CP&nbsp;ngày 05/6/2019 của Chính phủ;", {("47/2019/NĐ-CP", "2019-06-05")}),
    ("Căn cứ Nghị định số 47/2019/NĐ-CP[3] ngày 05/6/2019 của Chính phủ;", {("47/2019/NĐ-CP", "2019-06-05")}),
    ("Căn cứ Nghị định số 47/2019/NĐ-CP (2) ngày 05/6/2019 của Chính phủ;", {("47/2019/NĐ-CP", "2019-06-05")}),
]


@pytest.mark.parametrize(("sentence", "expected"), MARKS)
def test_marks_between_symbol_and_date(sentence, expected, nlp):
    assert cited(sentence, nlp) == expected
