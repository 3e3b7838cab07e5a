"""References as offices of any province and level cite them, checked against ANNOTATION.md.

Each sentence stands in the opening of a plan (tests/conftest.py PLAN_OPENING, own symbol
12/KH-UBND). Expected: every OTHER document cited by number, as (symbol normalized: no "Số",
no spaces, ASCII hyphen; the date written in that citation or None); a law named without a
number is no reference. Written from the rules, not read from the tool.
"""

from __future__ import annotations

import pytest

from tests.conftest import PLAN_OPENING, extract_text


def cited(sentence: str, nlp) -> set[tuple[str, str | None]]:
    rec = extract_text(PLAN_OPENING.replace("I. MỤC ĐÍCH\n", sentence + "\n\nI. MỤC ĐÍCH\n"), nlp)
    return {(r.symbol, r.date) for r in rec.references}


REFERENCES = [
    # openers: Căn cứ, Thực hiện, Theo, Triển khai, Quán triệt
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
     {("30/2020/NĐ-CP", "2020-03-05")}),
    ("Căn cứ Nghị định 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;",
     {("30/2020/NĐ-CP", "2020-03-05")}),
    ("Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp,",
     {("35-CT/TW", "2024-06-14")}),
    ("Thực hiện Kết luận 12-KL/TW, ngày 06/8/2021 của Bộ Chính trị,",
     {("12-KL/TW", "2021-08-06")}),
    ("Theo Nghị quyết số 04-NQ/TU ngày 13/7/2022 của Tỉnh ủy,", {("04-NQ/TU", "2022-07-13")}),
    ("Quán triệt Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng,",
     {("36-HD/VPTW", "2018-04-03")}),
    ("Triển khai Quyết định số 1234/QĐ-UBND ngày 15/5/2023 của UBND tỉnh,", {("1234/QĐ-UBND", "2023-05-15")}),
    ("Căn cứ Quy định số 66-QĐ/TW ngày 06/02/2017 của Ban Chấp hành Trung ương;",
     {("66-QĐ/TW", "2017-02-06")}),
    # the issuer before the date
    ("Thực hiện Kế hoạch số 42-KH/BDVTU của Ban Dân vận Tỉnh ủy ngày 11/01/2023,",
     {("42-KH/BDVTU", "2023-01-11")}),
    ("Thực hiện Công văn số 1234/UBND-VX của UBND tỉnh, ngày 05-3-2023,", {("1234/UBND-VX", "2023-03-05")}),
    # date forms
    ("Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 5.3.2024 của UBND tỉnh;", {("15/2024/QĐ-UBND", "2024-03-05")}),
    ("Căn cứ Công văn số 1234/UBND-VX ngày 05-3-2023 của UBND tỉnh;", {("1234/UBND-VX", "2023-03-05")}),
    ("Thực hiện Nghị quyết số 04-NQ/TU, ngày 13 tháng 7 năm 2022 của Tỉnh ủy,", {("04-NQ/TU", "2022-07-13")}),
    ("Thực hiện Kế hoạch số: 45/KH-UBND ngày 20/02/2024 của UBND huyện,", {("45/KH-UBND", "2024-02-20")}),
    # no date written: null
    ("Thực hiện Chương trình hành động số 15-CTr/TU của Tỉnh ủy,", {("15-CTr/TU", None)}),
    # laws: by number a reference, by name only none
    ("Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;", {("31/2024/QH15", "2024-01-18")}),
    ("Căn cứ Luật số 45/2024/QH15 ngày 29/11/2024 của Quốc hội;", {("45/2024/QH15", "2024-11-29")}),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;", set()),
    ("Căn cứ Luật Đất đai năm 2024;", set()),
    # ministries, Mặt trận, Đoàn, Hội
    ("Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ;", {("01/2011/TT-BNV", "2011-01-19")}),
    ("Thực hiện Kế hoạch số 145-KH/TĐTN-TNNT ngày 10/3/2024 của Ban Thường vụ Tỉnh đoàn,",
     {("145-KH/TĐTN-TNNT", "2024-03-10")}),
    ("Thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 02/02/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh,",
     {("12/KH-MTTQ-BTT", "2024-02-02")}),
    ("Thực hiện Hướng dẫn số 05-HD/HNDT ngày 15/01/2024 của Ban Thường vụ Hội Nông dân tỉnh,",
     {("05-HD/HNDT", "2024-01-15")}),
    # joint symbols
    ("Căn cứ Thông tư liên tịch số 03/2016/TTLT-BNV-BTC ngày 20/5/2016 của Bộ Nội vụ và Bộ Tài chính;",
     {("03/2016/TTLT-BNV-BTC", "2016-05-20")}),
    ("Thực hiện Chương trình phối hợp số 05/CTrPH-UBND-MTTQ ngày 10/01/2024,",
     {("05/CTrPH-UBND-MTTQ", "2024-01-10")}),
    # two citations in one sentence
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 và Thông tư số 01/2011/TT-BNV ngày 19/01/2011;",
     {("30/2020/NĐ-CP", "2020-03-05"), ("01/2011/TT-BNV", "2011-01-19")}),
    # lost hyphens and spaces
    ("Thực hiện Chỉ thị số 05 CT/TW ngày 15/5/2016 của Bộ Chính trị,", {("05-CT/TW", "2016-05-15")}),
    ("Thực hiện Kế hoạch số 42 - KH/TU ngày 11/01/2023 của Tỉnh ủy,", {("42-KH/TU", "2023-01-11")}),
    ("Thực hiện Quyết định số 123 /QĐ-UBND ngày 11/01/2023 của UBND tỉnh,", {("123/QĐ-UBND", "2023-01-11")}),
    ("Thực hiện Nghị quyết số 04-NQ/TU ngày 13/7/2022của Tỉnh ủy,", {("04-NQ/TU", "2022-07-13")}),
    # harder forms
    ("Thực hiện Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị,", {("57-NQ/TW", "2024-12-22")}),
    ("Thực hiện Công điện số 05/CĐ-TTg ngày 10/02/2024 của Thủ tướng Chính phủ,", {("05/CĐ-TTg", "2024-02-10")}),
    ("Thực hiện Thông báo số 123-TB/TU ngày 05/3/2024 của Thường trực Tỉnh ủy,", {("123-TB/TU", "2024-03-05")}),
    ("Thực hiện Văn bản số 456/UBND-KGVX ngày 05/3/2024 của UBND tỉnh,", {("456/UBND-KGVX", "2024-03-05")}),
    ("Thực hiện Quyết định số 1234/QĐ-UBND ngày 15 /5/ 2023 của UBND tỉnh,", {("1234/QĐ-UBND", "2023-05-15")}),
    ("Thực hiện Nghị quyết số 04-NQ/TU, ngày 13-7-2022, của Tỉnh ủy,", {("04-NQ/TU", "2022-07-13")}),
    ("Thực hiện Quyết định số 1234/QĐ-UBND, ngày 15/5/2023 và Kế hoạch số 56/KH-UBND, ngày 20/5/2023 của UBND tỉnh,",
     {("1234/QĐ-UBND", "2023-05-15"), ("56/KH-UBND", "2023-05-20")}),
    ("Căn cứ Nghị quyết số 18-NQ/TW, ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII,",
     {("18-NQ/TW", "2017-10-25")}),
    ("Thực hiện Kế hoạch số 20-KH/HU ngày 5/1/2024 của Ban Thường vụ Huyện ủy,", {("20-KH/HU", "2024-01-05")}),
    ("Thực hiện Kế hoạch số 07-KH/ĐU ngày 10/01/2024 của Đảng ủy xã,", {("07-KH/ĐU", "2024-01-10")}),
    # more openers, issuers and levels
    ("Theo đề nghị của Sở Nội vụ tại Tờ trình số 123/TTr-SNV ngày 05/3/2024;", {("123/TTr-SNV", "2024-03-05")}),
    ("Thực hiện Thông báo kết luận số 25-TB/TU ngày 05/3/2024 của Thường trực Tỉnh ủy,", {("25-TB/TU", "2024-03-05")}),
    ("Căn cứ Nghị quyết số 10/2024/NQ-HĐND ngày 12/7/2024 của Hội đồng nhân dân tỉnh;",
     {("10/2024/NQ-HĐND", "2024-07-12")}),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", {("72/2025/QH15", None)}),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", set()),
    ("Thực hiện Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW của Bộ Chính trị,", {("05-CT/TW", None), ("01-KL/TW", None)}),
    ("Thực hiện Kế hoạch số 42/KH-HLHPN ngày 11/01/2023 của Hội Liên hiệp Phụ nữ tỉnh,", {("42/KH-HLHPN", "2023-01-11")}),
    ("Thực hiện Kế hoạch số 42-KH/ĐUK ngày 11/01/2023 của Đảng ủy Khối,", {("42-KH/ĐUK", "2023-01-11")}),
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 (đã được sửa đổi bởi Nghị định số 45/2023/NĐ-CP ngày 01/7/2023);",
     {("30/2020/NĐ-CP", "2020-03-05"), ("45/2023/NĐ-CP", "2023-07-01")}),
    # damage by exports and text layers
    ("Thực hiện Nghị quyết số 04- NQ/TU ngày 13/7/2022 của Tỉnh ủy,", {("04-NQ/TU", "2022-07-13")}),
    ("Thực hiện Nghị quyết số 04-NQ /TU ngày 13/7/2022 của Tỉnh ủy,", {("04-NQ/TU", "2022-07-13")}),
    ("Thực hiện Nghị quyết số 04–NQ/TU ngày 13/7/2022 của Tỉnh ủy,", {("04-NQ/TU", "2022-07-13")}),
    ("Căn cứ Nghị định số 30/2020/NĐ- CP ngày 05/3/2020;", {("30/2020/NĐ-CP", "2020-03-05")}),
    ("Căn cứ Nghị định số 30/2020/ND-CP ngày 05/3/2020;", {("30/2020/NĐ-CP", "2020-03-05")}),
    ("Căn cứ Nghị định số 30 /2020/NĐ-CP ngày 05/3/2020;", {("30/2020/NĐ-CP", "2020-03-05")}),
    ("Căn cứ Thông tư số 01 / 2011 / TT-BNV ngày 19/01/2011;", {("01/2011/TT-BNV", "2011-01-19")}),
    ("Căn cứ Quyết định số 123/QĐ - UBND ngày 05/3/2020;", {("123/QĐ-UBND", "2020-03-05")}),
    ("Căn cứ Quyết định số 123/QĐUBND ngày 05/3/2020;", {("123/QĐ-UBND", "2020-03-05")}),
    ("Căn cứ Quyết định số123/QĐ-UBND ngày 05/3/2020 của UBND tỉnh;", {("123/QĐ-UBND", "2020-03-05")}),
    ("Thực hiện Kế hoạch số42-KH/TU ngày 11/01/2023 của Tỉnh ủy,", {("42-KH/TU", "2023-01-11")}),
    ("Căn cứ Quyết định số 123/QĐ-UBND ngày05/3/2020 của UBND tỉnh;", {("123/QĐ-UBND", "2020-03-05")}),
    ("Căn cứ Quyết định số 123/QĐ-UBND ngày 05 / 3 / 2020;", {("123/QĐ-UBND", "2020-03-05")}),
    ("Căn cứ Quyết định số 123/QĐ-UBND ngày 05 tháng 3 năm2020 của UBND tỉnh;", {("123/QĐ-UBND", "2020-03-05")}),
    ("Thực hiện Quyết định số 1234/QĐ-UBND của UBND tỉnh ban hành ngày 15/5/2023,", {("1234/QĐ-UBND", "2023-05-15")}),
    ("Thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy, ngày 15 tháng 5 năm 2023,", {("05-CT/TU", "2023-05-15")}),
    ("Thực hiện Kế hoạch số 42-KH/TU\nngày 11/01/2023 của Tỉnh ủy,", {("42-KH/TU", "2023-01-11")}),
    ("Ngày 15/5/2023, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 05-CT/TU về tăng cường công tác dân vận.",
     {("05-CT/TU", "2023-05-15")}),
    ("Thực hiện văn bản chỉ đạo số 456/UBND-KGVX ngày 05/3/2024,", {("456/UBND-KGVX", "2024-03-05")}),
    ("Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/5/2023 của UBND tỉnh V/v thành lập Ban Chỉ đạo;",
     {("1234/QĐ-UBND", "2023-05-15")}),
    ("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020 - 2025,", set()),
    # a line broken inside the symbol (PDF text layers, narrow columns)
    ("Thực hiện Kế hoạch số 42-\nKH/TU ngày 11/01/2023 của Tỉnh ủy,", {("42-KH/TU", "2023-01-11")}),
    ("Thực hiện Kế hoạch số 42-KH/\nTU ngày 11/01/2023 của Tỉnh ủy,", {("42-KH/TU", "2023-01-11")}),
    ("Căn cứ Nghị định số 30/2020/NĐ-\nCP ngày 05/3/2020;", {("30/2020/NĐ-CP", "2020-03-05")}),
    ("Căn cứ Nghị định số\n30/2020/NĐ-CP ngày 05/3/2020;", {("30/2020/NĐ-CP", "2020-03-05")}),
]


@pytest.mark.parametrize(("sentence", "expected"), REFERENCES)
def test_reference_as_offices_cite_it(sentence, expected, nlp):
    assert cited(sentence, nlp) == expected
