"""A contact line ("Trung tâm ..., ĐT: 0912..."), a page wrap having put the body's name at a line's
start, gives the body no task; the same body with a verb after its name is given one."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text

PLAN = """BAN CHẤP HÀNH TRUNG ƯƠNG\tĐOÀN TNCS HỒ CHÍ MINH
***
Số: 45-KH/TWĐTN\tHà Nội, ngày 02 tháng 12 năm 2025

KẾ HOẠCH
Tổ chức Giải thưởng Tình nguyện

I. MỤC ĐÍCH, YÊU CẦU
Tôn vinh các tập thể, cá nhân.

II. TỔ CHỨC THỰC HIỆN
1. Ban Đoàn kết tập hợp thanh niên Trung ương Đoàn tham mưu tổ chức Giải thưởng.

{line}

TM. BAN BÍ THƯ
BÍ THƯ

Nguyễn Văn A
"""


@pytest.mark.parametrize(("line", "expected"), [
    ("Thông tin chi tiết liên hệ đồng chí Trần Văn B, Phó Giám đốc\n\nTrung tâm Hỗ trợ Thanh niên Việt Nam, ĐT: 0912.345.678.",
     ["Ban Đoàn kết tập hợp thanh niên Trung ương Đoàn"]),
    ("2. Trung tâm Hỗ trợ Thanh niên Việt Nam tổng hợp hồ sơ đề cử.",
     ["Ban Đoàn kết tập hợp thanh niên Trung ương Đoàn", "Trung tâm Hỗ trợ Thanh niên Việt Nam"]),
])
def test_a_contact_line_gives_no_task(line, expected, nlp):
    found = [a.body for a in extract_text(PLAN.format(line=line), nlp).assignments]
    assert found == expected
