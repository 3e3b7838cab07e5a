"""A programme's tasks each followed by a label line naming who carries them out, the lead and
then "phối hợp với" and the partners, listed between semicolons (made-up text in the convention's
form): the partners are partners to the line's end, so the bodies concerned among them name no one."""

from __future__ import annotations

from tests.conftest import check_assignments

PROGRAMME = """ỦY BAN NHÂN DÂN
TỈNH AN LẠC
Số: 210/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
An Lạc, ngày 12 tháng 4 năm 2021

QUYẾT ĐỊNH
Ban hành Chương trình hành động về phát triển thị trường lao động

Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động.
Điều 2. Quyết định có hiệu lực kể từ ngày ký./.

CHƯƠNG TRÌNH HÀNH ĐỘNG
(Ban hành kèm theo Quyết định số 210/QĐ-UBND ngày 12 tháng 4 năm 2021)
II. NỘI DUNG HOẠT ĐỘNG
1. Rà soát, hoàn thiện cơ sở dữ liệu về thị trường lao động.
- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan; Ủy ban nhân dân các huyện, thành phố.
- Thời gian thực hiện: Thường xuyên.
2. Hỗ trợ kết nối cung cầu lao động tại các khu công nghiệp.
- Cơ quan thực hiện: Ban Quản lý các khu công nghiệp chủ trì, phối hợp với Hội Doanh nghiệp tỉnh và các đơn vị có liên quan.
- Thời gian thực hiện: Hằng năm.
"""


def test_partners_after_the_lead_in_a_label_line(nlp):
    check_assignments(
        PROGRAMME,
        ["Sở Lao động - Thương binh và Xã hội", "Liên đoàn Lao động tỉnh", "Ủy ban nhân dân các huyện, thành phố",
         "Ban Quản lý các khu công nghiệp", "Hội Doanh nghiệp tỉnh"],
        ["các sở, ngành liên quan", "các đơn vị có liên quan"],
        nlp,
    )
