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
