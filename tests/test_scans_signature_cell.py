"""The signature block found when the recipients' heading OCR misread shares its line with the
authority line ("bi nhận:<tab>KT.BỘ TRƯỞNG"): the signer's name below is still the signer."""

from __future__ import annotations

from tests.conftest import extract_text

CLOSING = """BỘ GIAO THÔNG VẬN TẢI
Số: 12/2024/TT-BGTVT
Hà Nội, ngày 15 tháng 11 năm 2024

THÔNG TƯ
Quy định về tốc độ an toàn

Điều 1. Thông tư này có hiệu lực kể từ ngày 01 tháng 01 năm 2025./.

{heading}\tKT.BỘ TRƯỞNG

- Bộ trưởng (để b/c);\tTHỨ TRƯỞNG

- Văn phòng Chính phủ;

- Công báo;

Nguyễn Văn An

- Lưu VT, KCHT.
"""


def test_the_name_under_an_authority_line_in_the_right_cell_is_the_signer(nlp):
    for heading in ("bi nhận:", "Nơi nhận:"):
        record = extract_text(CLOSING.format(heading=heading), nlp)
        assert record.signer is not None and record.signer.name == "Nguyễn Văn An", heading
