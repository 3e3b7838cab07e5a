"""A list's next body whose head holds a verb's words ("Cổng thông tin điện tử" after a semicolon
or a comma) is a name: its head does not end the list at the verb "thông tin"."""

from __future__ import annotations

from plankb.extractors.names import body_end
from plankb.extractors.text import fold
from tests.conftest import extract_text


def _name(text: str) -> str:
    return text[: body_end(fold(text), 0, len(text), text)].strip()


def test_head_after_semicolon_is_a_name():
    text = "Trung tâm Văn hóa - Thể thao xã; Cổng thông tin điện tử xã tổ chức tuyên truyền"
    assert _name(text) == "Trung tâm Văn hóa - Thể thao xã; Cổng thông tin điện tử xã"


def test_verb_after_a_comma_still_ends_the_name():
    # "thông tin" as the task's verb after a body, not a head: the name ends there
    text = "Phòng Văn hóa xã thông tin, tuyên truyền rộng rãi"
    assert _name(text) == "Phòng Văn hóa xã"


NOTICE = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc
Số: 15/TB-UBND\tAn Bình, ngày 04 tháng 3 năm 2026

THÔNG BÁO
Về việc tạm dừng cấp nước sinh hoạt

1. Thời gian tạm dừng: từ ngày 10/3/2026 đến ngày 12/3/2026.
2. Giao Trung tâm Dịch vụ công xã; Cổng thông tin điện tử xã tổ chức đăng tải thông báo này.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Chí
"""


def test_notice_lists_the_portal(nlp):
    bodies = [a.body for a in extract_text(NOTICE, nlp).assignments]
    assert bodies == ["Trung tâm Dịch vụ công xã", "Cổng thông tin điện tử xã"]
