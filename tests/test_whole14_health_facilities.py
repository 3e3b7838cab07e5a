"""The health facilities as the law on medical examination names them ("cơ sở khám bệnh, chữa
bệnh"), a kind of body given duties in a resolution's article on implementation (made-up text in
the convention's form)."""

from __future__ import annotations

from tests.conftest import check_assignments

RESOLUTION = """CHÍNH PHỦ
Số: 57/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Nội, ngày 02 tháng 3 năm 2026
NGHỊ QUYẾT
Về thanh toán chi phí khám bệnh, chữa bệnh năm 2025
CHÍNH PHỦ
QUYẾT NGHỊ:
Điều 1. Các chi phí khám bệnh, chữa bệnh vượt dự toán năm 2025 được thanh toán từ nguồn dự phòng.
Điều 2. Tổ chức thực hiện
1. Giao Bộ Y tế hướng dẫn việc thanh toán.
2. Cơ sở khám bệnh, chữa bệnh chịu trách nhiệm về tính chính xác của số liệu đề nghị thanh toán.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn An
"""


def test_health_facilities_given_a_duty(nlp):
    check_assignments(RESOLUTION, ["Bộ Y tế", "Cơ sở khám bệnh, chữa bệnh"], ["Cơ sở khám bệnh"], nlp)
