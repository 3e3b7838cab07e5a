"""Short web copies of 2024-2026 documents: a news headline that names the document without its
number, the lead that states it with its number. Made-up text written in those conventions."""

from __future__ import annotations

from plankb.extractors.fields.identity import find_announcement
from plankb.extractors.text import normalize


def _found(page: str):
    found = find_announcement(normalize(page))
    assert found is not None
    return found


def test_the_lead_gives_the_decision_that_issues_the_plan_of_the_headline():
    page = (
        "Hà Tĩnh ban hành Kế hoạch hành động thực hiện chuyển đổi số năm 2026\n\n"
        "Chủ tịch UBND tỉnh Trần Văn Bình vừa ký Quyết định số 315/QĐ-UBND về việc ban hành Kế hoạch hành động "
        "thực hiện chuyển đổi số năm 2026 trên địa bàn tỉnh.\n\nTheo đó, kế hoạch xác định 6 nhóm nhiệm vụ.\n"
    )
    found = _found(page)
    assert (found.doc_type, found.symbol.text) == ("QĐ", "315/QĐ-UBND")
    assert found.title.startswith("về việc ban hành Kế hoạch hành động")


def test_the_lead_numbers_the_plan_of_the_headline():
    page = (
        "Xã Phú Lộc ban hành Kế hoạch tổ chức Ngày hội Đại đoàn kết\n\n"
        "Ngày 12/10/2025, UBND xã Phú Lộc ban hành Kế hoạch số 88/KH-UBND về tổ chức Ngày hội Đại đoàn kết "
        "toàn dân tộc năm 2025.\n"
    )
    found = _found(page)
    assert (found.doc_type, found.symbol.text, found.date) == ("KH", "88/KH-UBND", "2025-10-12")


def test_a_numbered_document_of_another_kind_is_not_the_headlines():
    # The lead cites a resolution the plan carries out: the page still announces the plan.
    page = (
        "Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết về chuyển đổi số\n\n"
        "Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW. "
        "Trước đó, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học.\n"
    )
    found = _found(page)
    assert found.doc_type == "KH" and found.symbol is None
