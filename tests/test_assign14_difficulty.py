"""The closing formula "nếu có khó khăn, vướng mắc, đề nghị X phản ánh về Y" tells whoever meets
a difficulty where to report it: X is given no task there (a body with its own tasks elsewhere
keeps them)."""

from __future__ import annotations

import re

from plankb.extractors.patterns.bodies import DIFFICULTY_CONDITION, DIFFICULTY_CONDITION_EXAMPLES
from plankb.extractors.text import fold
from tests.conftest import extract_text


def test_difficulty_condition_examples():
    for text, condition in DIFFICULTY_CONDITION_EXAMPLES:
        assert (re.search(DIFFICULTY_CONDITION, fold(text)) is not None) == condition, text


PLAN = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÒA AN\tĐộc lập - Tự do - Hạnh phúc
Số: 77/KH-UBND\tHòa An, ngày 12 tháng 5 năm 2026

KẾ HOẠCH
Triển khai thi hành Luật Phòng cháy, chữa cháy

IV. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh chủ trì, phối hợp với Sở Tư pháp tổ chức tập huấn chuyên sâu về Luật.
2. Trong quá trình thực hiện Kế hoạch này, nếu có khó khăn, vướng mắc, đề nghị các sở, ngành và địa phương kịp thời phản ánh về Công an tỉnh để tổng hợp.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Chí
"""


def test_bodies_told_where_to_report_are_not_tasked(nlp):
    bodies = [a.body for a in extract_text(PLAN, nlp).assignments]
    assert bodies == ["Công an tỉnh", "Sở Tư pháp"]


def test_the_same_request_without_the_condition_tasks_them(nlp):
    text = PLAN.replace("Trong quá trình thực hiện Kế hoạch này, nếu có khó khăn, vướng mắc, đề nghị", "Đề nghị")
    bodies = [a.body for a in extract_text(text, nlp).assignments]
    assert "các sở, ngành và địa phương" in bodies or "các sở, ngành" in bodies
