"""Two documents of one issuer cited together with one date after the second: the date is both's."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Căn cứ Quyết định số 101-QĐ/TW và Quyết định số 102-QĐ/TW ngày 05/3/2014 của Ban Bí thư;",
         {"101-QĐ/TW": "2014-03-05", "102-QĐ/TW": "2014-03-05"}),
        ("Xét Tờ trình số 45/TTr-CP và Đề án số 46/ĐA-CP ngày 10 tháng 4 năm 2025 của Chính phủ;",
         {"45/TTr-CP": "2025-04-10", "46/ĐA-CP": "2025-04-10"}),
        # different issuers, or a law: each citation keeps the date written beside it
        ("Căn cứ Nghị định số 15/2020/NĐ-CP và Thông tư số 12/2021/TT-BTC ngày 03/4/2021;",
         {"15/2020/NĐ-CP": None, "12/2021/TT-BTC": "2021-04-03"}),
        ("Căn cứ Luật số 72/2025/QH15 và Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội;",
         {"72/2025/QH15": None, "202/2025/QH15": "2025-06-12"}),
    ],
)
def test_a_shared_date(sentence, dated, nlp):
    record = extract_text("Tin tức\n" + sentence + "\n", nlp)
    assert {r.symbol: r.date for r in record.references} == dated
