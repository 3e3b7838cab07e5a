"""The kind of a section from its heading, so that drafters can read one part of a plan across plans.

Plans, directives and guidance follow one outline (Decree 30/2020/NĐ-CP; Party Guidance
36-HD/VPTW): "Mục đích, yêu cầu", then the tasks ("Nội dung", "Nhiệm vụ, giải pháp"), then "Tổ
chức thực hiện", often "Kinh phí" and "Chế độ báo cáo". A heading is matched at its start, in plain
form (no accents, no case: headings are often in capitals, and PDFs lose accents), after its
number. A heading that matches none has no kind (null), never a guess.
"""

from __future__ import annotations

import re

from plankb.kb.textfold import plain

# kind -> (what a person reads, how a heading of that kind starts, in plain form)
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "purpose": ("Mục đích, yêu cầu", ("muc dich", "yeu cau", "muc tieu", "quan diem")),
    "content": ("Nội dung, nhiệm vụ, giải pháp", ("noi dung", "nhiem vu", "cac nhiem vu", "giai phap", "cac giai phap")),
    "organisation": ("Tổ chức thực hiện", ("to chuc thuc hien", "trach nhiem thi hanh", "phan cong thuc hien", "trach nhiem thuc hien")),
    "funding": ("Kinh phí", ("kinh phi", "nguon kinh phi", "kinh phi thuc hien")),
    "schedule": ("Thời gian, tiến độ", ("thoi gian", "tien do", "lo trinh")),
    "subjects": ("Đối tượng, phạm vi", ("doi tuong", "pham vi")),
    "reporting": ("Chế độ báo cáo", ("che do bao cao", "che do thong tin bao cao", "thong tin bao cao")),
    "review": ("Đánh giá, kết quả", ("danh gia", "ket qua", "uu diem", "han che", "nguyen nhan")),
    "awards": ("Khen thưởng", ("khen thuong", "giai thuong", "co cau giai thuong")),
}  # fmt: skip

# Examples the tests check: (heading as written, kind).
EXAMPLES = (
    ("I. MỤC ĐÍCH, YÊU CẦU", "purpose"),
    ("1. Mục đích", "purpose"),
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP", "content"),
    ("III- TỔ CHỨC THỰC HIỆN", "organisation"),
    ("To chuc thuc hien", "organisation"),
    ("IV. KINH PHÍ THỰC HIỆN", "funding"),
    ("Chế độ thông tin, báo cáo", "reporting"),
    ("2. Thời gian, địa điểm", "schedule"),
    ("a) Đối tượng áp dụng", "subjects"),
    ("Hồ Chí Minh", None),
    ("Tổ chức Đoàn", None),
)

# Numbering before a heading: "I.", "1.2.", "a)", "III-", "Phần II:", "Điều 3."
_NUMBER = re.compile(r"^\s*(?:(?:phan|chuong|muc|dieu)\s+)?(?:[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])\s*[.):\-–]\s*")
_STARTS = [
    (kind, re.compile(r"^(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)"))
    for kind, (_label, forms) in KINDS.items()
]


def section_kind(heading: str | None) -> str | None:
    if not heading:
        return None
    words = re.sub(r"[,;:/]", " ", plain(heading) or "")
    words = " ".join(_NUMBER.sub("", words, count=1).replace(" va ", " ").split())
    for kind, pattern in _STARTS:
        if pattern.match(words):
            return kind
    return None


def kind_label(kind: str) -> str | None:
    found = KINDS.get(kind)
    return found[0] if found else None
