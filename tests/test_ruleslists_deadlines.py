"""Deadlines as offices of any province and level write them, checked against ANNOTATION.md.

Each sentence stands in the "Tổ chức thực hiện" of a plan dated 05/3/2024 (tests/conftest.py
PLAN_OPENING), so a day and month without a year take 2024. The expected dates are the ones the
annotation rules give (a day YYYY-MM-DD, a month YYYY-MM, a day recurring every year --MM-DD),
written from the rules, not read from the tool.
"""

from __future__ import annotations

import pytest

from tests.conftest import PLAN_OPENING, TASK_TABLE_OPENING, extract_text


def deadline_dates(sentence: str, nlp) -> set[str]:
    rec = extract_text(PLAN_OPENING + "II. TỔ CHỨC THỰC HIỆN\n" + sentence + "\n", nlp)
    return {d.date for d in rec.deadlines}


# (sentence, the deadlines by ANNOTATION.md)
DEADLINES = [
    # "chậm nhất", every date form of Decree 30 and of exports
    ("1. Các sở, ngành gửi báo cáo về Sở Nội vụ chậm nhất ngày 15/4/2024.", {"2024-04-15"}),
    ("Đảng ủy các xã gửi báo cáo chậm nhất vào ngày 15 tháng 4 năm 2024.", {"2024-04-15"}),
    ("Các chi bộ gửi danh sách chậm nhất là ngày 5 tháng 6 năm 2024.", {"2024-06-05"}),
    ("Hồ sơ gửi chậm nhất ngày 15-4-2024.", {"2024-04-15"}),
    ("Hồ sơ gửi chậm nhất ngày 15.4.2024.", {"2024-04-15"}),
    ("Gửi văn bản về Ban Thường trực chậm nhất đến hết ngày 30/4/2024.", {"2024-04-30"}),
    ("Các đơn vị gửi biểu mẫu chậm nhất trước 17 giờ ngày 20/3/2024.", {"2024-03-20"}),
    ("Chậm nhất ngày 20/5, các đơn vị hoàn thành việc rà soát.", {"2024-05-20"}),
    # "trước ngày", with the year, without it, in words
    ("Báo cáo kết quả về Ban Dân vận Tỉnh ủy trước ngày 30/11/2024.", {"2024-11-30"}),
    ("Gửi về Văn phòng UBND tỉnh trước ngày 20 tháng 12 năm 2024 để tổng hợp.", {"2024-12-20"}),
    ("Đảng ủy các xã gửi báo cáo về Ban Tổ chức Huyện ủy (qua Văn phòng) trước ngày 10/7.", {"2024-07-10"}),
    ("UBND các huyện báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 05/6/2024.", {"2024-06-05"}),
    ("Các cơ sở Hội gửi báo cáo về Hội Nông dân tỉnh trước 17 giờ 00 ngày 20/3/2024.", {"2024-03-20"}),
    ("Các đơn vị đăng ký danh sách trước ngày 15-8-2024.", {"2024-08-15"}),
    ("Các đơn vị đăng ký danh sách trước ngày 5.8.2024.", {"2024-08-05"}),
    ("Nộp bài dự thi trước ngày 30 tháng 9.", {"2024-09-30"}),
    # "hoàn thành / xong"
    ("Hoàn thành trước ngày 30/6/2024.", {"2024-06-30"}),
    ("Hoàn thành việc kiện toàn Ban Chỉ đạo xong trước ngày 15/4/2024.", {"2024-04-15"}),
    ("Các huyện hoàn thành trong tháng 4/2024.", {"2024-04"}),
    ("Hoàn thành trong tháng 10 năm 2024.", {"2024-10"}),
    ("Tổ chức sơ kết, hoàn thành trước tháng 9/2024.", {"2024-09"}),
    ("Tổng kết, báo cáo Thường trực Tỉnh ủy trong tháng 12/2024.", {"2024-12"}),
    # "thời gian / thời hạn"
    ("- Thời gian hoàn thành: 30/9/2024.", {"2024-09-30"}),
    ("- Thời gian hoàn thành: trong tháng 9/2024.", {"2024-09"}),
    ("- Thời gian hoàn thành: trước ngày 31/12/2024.", {"2024-12-31"}),
    ("- Thời gian thực hiện: trước ngày 31/5/2024.", {"2024-05-31"}),
    ("- Thời hạn: 30/9/2024.", {"2024-09-30"}),
    ("- Thời hạn hoàn thành: tháng 10/2024.", {"2024-10"}),
    ("Thời hạn gửi báo cáo: trước ngày 15/12/2024.", {"2024-12-15"}),
    ("Thời gian nộp hồ sơ: trước ngày 15/5/2024.", {"2024-05-15"}),
    ("Hạn chót nhận hồ sơ là ngày 30/5/2024.", {"2024-05-30"}),
    # a schedule line
    ("- Tháng 6/2024: Tổ chức sơ kết.", {"2024-06"}),
    ("- Tháng 12: Tổng kết, khen thưởng.", {"2024-12"}),
    # recurring every year
    ("Các đơn vị gửi báo cáo về Ban Thường vụ trước 30/11 hằng năm.", {"--11-30"}),
    ("Báo cáo định kỳ vào ngày 10/10 hàng năm.", {"--10-10"}),
    ("Gửi báo cáo trước ngày 15 tháng 11 hằng năm.", {"--11-15"}),
    ("Hằng năm, các chi bộ gửi báo cáo về Đảng ủy trước ngày 15/12.", {"--12-15"}),
    ("Định kỳ hàng năm (30/12), báo cáo kết quả thực hiện.", {"--12-30"}),
    ("Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), các đơn vị báo cáo kết quả.",
     {"--06-15", "--12-15"}),
    ("Báo cáo định kỳ 6 tháng, 01 năm gửi về Ban Dân vận trước ngày 15/6 và 15/12 hằng năm.", {"--06-15", "--12-15"}),
    # a year written: that year's day, even in a sentence about every year
    ("Báo cáo sơ kết 6 tháng đầu năm 2024 gửi trước ngày 15/6/2024.", {"2024-06-15"}),
    # two deadlines in one sentence
    ("Các huyện báo cáo sơ kết trước ngày 15/6/2024 và báo cáo tổng kết trước ngày 15/12/2024.",
     {"2024-06-15", "2024-12-15"}),
    # harder forms: other limit words, spaces and breaks a PDF export leaves, bold marks
    ("Các đơn vị gửi báo cáo về Sở Nội vụ không quá ngày 20/4/2024.", {"2024-04-20"}),
    ("Hạn nộp hồ sơ: 15/5/2024.", {"2024-05-15"}),
    ("Các đơn vị gửi văn bản về Ban Tuyên giáo trước\nngày 15/4/2024 để tổng hợp.", {"2024-04-15"}),
    ("Gửi báo cáo về Văn phòng Tỉnh ủy **trước ngày 06 tháng 12 năm 2024**.", {"2024-12-06"}),
    ("Gửi báo cáo trước ngày 15 / 4 / 2024.", {"2024-04-15"}),
    ("Gửi báo cáo trước ngày 15/4/ 2024.", {"2024-04-15"}),
    ("Gửi báo cáo trước ngày 15/4/2024 (thứ Hai) để tổng hợp.", {"2024-04-15"}),
    ("Gửi báo cáo trước ngày 15/04.", {"2024-04-15"}),
    ("Hoàn thành xong trước 30/4/2024.", {"2024-04-30"}),
    ("Tổ chức xong trong tháng 5/2024.", {"2024-05"}),
    ("- Thời gian: Trước ngày 30/6/2024.", {"2024-06-30"}),
    ("- Thời gian: chậm nhất 15/4/2024.", {"2024-04-15"}),
    ("Gửi về Ban Tổ chức Tỉnh ủy trước 17h00 ngày 15/4/2024.", {"2024-04-15"}),
    ("Các đơn vị báo cáo trước ngày 15/6 và 15/12.", {"2024-06-15", "2024-12-15"}),
    ("Các đơn vị báo cáo chậm nhất ngày 10/5, 20/5/2024.", {"2024-05-10", "2024-05-20"}),
    ("Chậm nhất trong tháng 6/2024 phải hoàn thành.", {"2024-06"}),
    ("- Thời gian hoàn thành: Tháng 11 - 12/2024.", {"2024-12"}),
    # "đã" with an obligation after it, or in another clause: still a limit
    ("Các đơn vị đã được giao nhiệm vụ phải hoàn thành trước ngày 30/6/2024.", {"2024-06-30"}),
    ("Kế hoạch đã được triển khai, yêu cầu báo cáo trong tháng 5/2024.", {"2024-05"}),
    ("Thời gian thực hiện\n- Tháng 6/2024: Tổ chức sơ kết.", {"2024-06"}),
]

# Time expressions the rules do not make deadlines: periods, events, cited documents' dates, and
# limits that no YYYY-MM-DD / YYYY-MM / --MM-DD can say (a quarter, a year, every month).
NOT_DEADLINES = [
    "- Thời gian thực hiện: từ ngày 01/4/2024 đến ngày 30/6/2024.",
    "Phong trào được phát động từ tháng 4/2024 đến tháng 10/2024.",
    "Hội nghị được tổ chức vào ngày 20/4/2024 tại Hội trường Tỉnh ủy.",
    "Căn cứ Kế hoạch số 15-KH/TU ngày 15/01/2024 của Ban Thường vụ Tỉnh ủy.",
    "Kế hoạch này thay thế Kế hoạch số 05/KH-UBND ngày 10/01/2024 của UBND tỉnh.",
    "- Thời gian hoàn thành: Quý II/2024.",
    "Hoàn thành trong năm 2025.",
    "Phấn đấu đến năm 2025, 100% xã đạt chuẩn nông thôn mới.",
    "Các đơn vị báo cáo kết quả trước ngày 15 hằng tháng.",
    "Trong tháng 11/2023, Ban Thường vụ đã tổ chức 03 hội nghị.",
    "Đối với các dự án được phê duyệt trước ngày 01/8/2024 thì tiếp tục thực hiện theo quy định.",
    "Cán bộ nghỉ hưu trước ngày 01/01/2025 được hưởng chế độ theo quy định.",
    "Tính đến ngày 31/12/2023, toàn tỉnh có 120 mô hình.",
    "Đến ngày 15/3/2024, đã có 95% hộ gia đình đăng ký.",
    "Ban Thường vụ đã tổ chức 03 hội nghị trong tháng 11/2023.",
    "Hội nghị sơ kết đã được tổ chức trong tháng 6/2023.",
    "Toàn tỉnh đã hoàn thành trước ngày 30/6/2023.",
    "Nhân dịp kỷ niệm ngày thành lập Mặt trận (18/11/1930), tổ chức gặp mặt.",
]


@pytest.mark.parametrize(("sentence", "expected"), DEADLINES)
def test_deadline_as_offices_write_it(sentence, expected, nlp):
    assert deadline_dates(sentence, nlp) == expected


@pytest.mark.parametrize("sentence", NOT_DEADLINES)
def test_no_deadline(sentence, nlp):
    assert deadline_dates(sentence, nlp) == set()


# A task table's time column ("Thời gian hoàn thành"), as plans of every level fill it in.
TABLE_CELLS = [
    ("Trước 20/6", {"2024-06-20"}),
    ("Tháng 12", {"2024-12"}),
    ("Tháng 3/2024", {"2024-03"}),
    ("Trước ngày 30/6/2024", {"2024-06-30"}),
    ("Chậm nhất 15/4", {"2024-04-15"}),
    ("Tháng 6 năm 2024", {"2024-06"}),
    ("Trong tháng 5", {"2024-05"}),
    ("Trước ngày 15/5 hằng năm", {"--05-15"}),
    ("Tháng 3-4/2024", {"2024-04"}),
    ("Tháng 3 - 4/2024", {"2024-04"}),
    ("6/2024", {"2024-06"}),
    # no limit a date can say
    ("Quý II/2024", set()),
    ("Thường xuyên", set()),
    ("Năm 2024", set()),
    ("Từ tháng 3 đến tháng 5/2024", set()),
]


@pytest.mark.parametrize(("cell", "expected"), TABLE_CELLS)
def test_task_table_time_cell(cell, expected, nlp):
    row = f"1\tTổ chức hội nghị quán triệt Nghị quyết\tBan Tuyên giáo Huyện ủy\tVăn phòng Huyện ủy\t{cell}\n"
    assert {d.date for d in extract_text(TASK_TABLE_OPENING + row, nlp).deadlines} == expected
