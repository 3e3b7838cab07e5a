"""A request inside a task's series of actions (made-up text in the convention's form): "...; phối hợp
với các ngành kiểm tra, đề nghị các doanh nghiệp thực hiện ..." is one more act of the body carrying
out the task, not a request the document makes; a request after an opening clause of purpose or
condition ("Để bảo đảm tiến độ, đề nghị ...") is the document's."""

from __future__ import annotations

from tests.conftest import check_assignments

PLAN = """ỦY BAN NHÂN DÂN
TỈNH AN LẠC
Số: 75/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
An Lạc, ngày 20 tháng 5 năm 2022

KẾ HOẠCH
Phát triển kinh tế tập thể năm 2022

II. NHIỆM VỤ
1. Hướng dẫn, phổ biến Luật Hợp tác xã cho các tổ chức kinh tế tập thể; phối hợp với các ngành, đơn vị liên quan kiểm tra, đề nghị các doanh nghiệp thực hiện nghiêm chế độ báo cáo.
- Cơ quan thực hiện: Sở Kế hoạch và Đầu tư chủ trì.
- Thời gian thực hiện: Thường xuyên.

III. TỔ CHỨC THỰC HIỆN
Để bảo đảm tiến độ, đề nghị Liên minh Hợp tác xã tỉnh phối hợp triển khai Kế hoạch này.
"""


def test_request_in_a_series_of_actions(nlp):
    check_assignments(PLAN, ["Sở Kế hoạch và Đầu tư", "Liên minh Hợp tác xã tỉnh"], ["các doanh nghiệp"], nlp)
