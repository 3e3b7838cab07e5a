"""A report tells what was done: an assignment it narrates ("Ban Thường vụ Tỉnh ủy đã ban hành ...
và phân công nhiệm vụ cho ...", "Ban Bí thư giao Ban Tuyên giáo là đơn vị thường trực ...") is made
elsewhere; one opening its sentence ("Giao Ban Tuyên giáo Tỉnh ủy ...") the report gives."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text

REPORT = """TỈNH ỦY AN LẠC\tĐẢNG CỘNG SẢN VIỆT NAM
*
Số 150-BC/TU\tAn Lạc, ngày 02 tháng 12 năm 2025

BÁO CÁO
Kết quả thực hiện Chỉ thị số 05-CT/TW

I. KẾT QUẢ THỰC HIỆN
{sentence}

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Nguyễn Văn A
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch và phân công nhiệm vụ cho các huyện ủy, thành ủy theo dõi.", []),
    ("Ban Thường vụ Tỉnh ủy giao Ban Tuyên giáo Tỉnh ủy là cơ quan thường trực theo dõi việc thực hiện.", []),
    ("Giao Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc việc thực hiện.", ["Ban Tuyên giáo Tỉnh ủy"]),
])
def test_a_report_narrates_assignments_made_elsewhere(sentence, expected, nlp):
    found = [a.body for a in extract_text(REPORT.format(sentence=sentence), nlp).assignments]
    assert found == expected
