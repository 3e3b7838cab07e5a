"""A list of kinds does not name one kind twice: "các cơ quan, đơn vị, các cơ quan báo chí của
tỉnh" is two groups, the second narrower; "các phòng, ban, các đơn vị có liên quan" (no kind named
again) stays one; nor does a list closed by "trực thuộc" go on into the next group."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text

LETTER = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN LẠC\tĐộc lập - Tự do - Hạnh phúc
Số: 120/UBND-VX\tAn Lạc, ngày 02 tháng 12 năm 2025
V/v tuyên truyền Ngày Pháp luật

Ủy ban nhân dân tỉnh đề nghị {bodies} tuyên truyền sâu rộng Ngày Pháp luật.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
"""


@pytest.mark.parametrize(("bodies", "expected"), [
    ("Sở Tư pháp, các cơ quan, đơn vị, các cơ quan báo chí của tỉnh", ["Sở Tư pháp", "các cơ quan báo chí của tỉnh"]),
    ("Sở Tư pháp, các phòng, ban, các đơn vị có liên quan", ["Sở Tư pháp", "các phòng, ban, các đơn vị có liên quan"]),
    # kinds closed by "trực thuộc" (their owner understood) share no name with the next group
    ("Sở Tư pháp, các huyện đoàn, đoàn trực thuộc, các ban, đơn vị có liên quan",
     ["Sở Tư pháp", "các huyện đoàn, đoàn trực thuộc", "các ban, đơn vị có liên quan"]),
])
def test_a_kind_named_again_starts_another_group(bodies, expected, nlp):
    found = [a.body for a in extract_text(LETTER.format(bodies=bodies), nlp).assignments]
    assert found == expected
