""""Các ông, bà" with its comma dropped ("Các ông bà Phó Chủ tịch ... có trách nhiệm ...") heads
the posts a guidance charges, as the form with the comma does."""

from __future__ import annotations

from tests.conftest import extract_text

GUIDANCE = """ỦY BAN MTTQ VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN LẠC\tĐộc lập - Tự do - Hạnh phúc
Số: 12/HD-MTTQ\tAn Lạc, ngày 02 tháng 12 năm 2025

HƯỚNG DẪN
Về công tác thông tin, báo cáo

III. TỔ CHỨC THỰC HIỆN
a. Các ông bà Phó Chủ tịch Ủy ban MTTQ xã có trách nhiệm theo dõi, đôn đốc việc báo cáo.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

Nguyễn Văn A
"""


def test_address_without_its_comma_heads_the_posts(nlp):
    bodies = [a.body for a in extract_text(GUIDANCE, nlp).assignments]
    assert bodies == ["Các ông bà Phó Chủ tịch Ủy ban MTTQ xã"]
