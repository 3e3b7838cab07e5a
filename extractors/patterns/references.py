"""How the sentence holding a citation opens, and the relation that gives (CONTRACT.md).
Matched on folded text at the start of the sentence, after any outline marker.
"""

from __future__ import annotations

RELATION_OPENERS: tuple[tuple[str, str], ...] = (
    ("căn cứ", "basis"),
    ("thực hiện", "implements"),
    ("triển khai thực hiện", "implements"),
    ("tiếp tục thực hiện", "implements"),
    ("để thực hiện", "implements"),
    ("nhằm thực hiện", "implements"),
    ("thi hành", "implements"),
    ("triển khai", "implements"),
)

# Examples the tests check: (sentence, relation).
EXAMPLES = (
    ("Căn cứ Nghị quyết số 04-NQ/TU ngày 13/7/2022 của Ban Chấp hành Đảng bộ tỉnh", "basis"),
    ("Thực hiện Kế hoạch số 42-KH/BDVTU ngày 11/01/2023 của Ban Dân vận Tỉnh ủy", "implements"),
    ("1. Tiếp tục quán triệt Kết luận số 43-KL/TW", "cites"),
)

# After a comma, a body followed by one of these opens the sentence's own clause, which ends the
# cited document's subject ("Xét Tờ trình số 12/TTr-UBND về ... (Dự án), Thủ tướng Chính phủ đã
# yêu cầu ..."): folded, at the words after the body's name.
MAIN_CLAUSE_VERBS = ("đã ", "vừa ", "yêu cầu", "đề nghị", "giao ", "chỉ đạo", "quyết định", "ban hành", "thống nhất")
# Examples the tests check: (citation sentence, the cited subject).
SUBJECT_EXAMPLES = (
    ("Xét Tờ trình số 3621/TTr-UBND ngày 22/5/2025 của Ủy ban nhân dân Thành phố về Báo cáo nghiên cứu Dự án, "
     "Thủ tướng Chính phủ Phạm Minh Chính đã yêu cầu Bộ Xây dựng đẩy nhanh tiến độ.", "Báo cáo nghiên cứu Dự án"),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024 về phối hợp giữa Sở Tư pháp, Sở Nội vụ trong công tác cải cách.",
     "phối hợp giữa Sở Tư pháp, Sở Nội vụ trong công tác cải cách"),
)
