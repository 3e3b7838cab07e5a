"""A date long before the document's own date is no time limit, however it is worded."""

from __future__ import annotations

from tests.conftest import extract_text

_HEAD = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 12/KH-UBND
An Lạc, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Chăm sóc người có công năm 2024
"""


def _deadline_dates(body: str, nlp) -> list[str]:
    return [d.date for d in extract_text(_HEAD + body, nlp).deadlines]


def test_a_condition_on_who_is_covered_is_not_a_deadline(nlp):
    body = "1. Thăm hỏi người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945 đang sống tại địa phương.\n"
    assert _deadline_dates(body, nlp) == []


def test_a_limit_after_the_document_date_stays(nlp):
    body = "1. Các xã báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2024.\n"
    assert _deadline_dates(body, nlp) == ["2024-12-15"]


def test_an_amended_task_keeps_its_recent_month(nlp):
    # an amending text may keep a task's month from a few weeks before its own date
    body = "1. Các xã hoàn thành rà soát chậm nhất trong tháng 02/2024.\n"
    assert _deadline_dates(body, nlp) == ["2024-02"]
