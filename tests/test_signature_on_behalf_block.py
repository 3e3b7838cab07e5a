"""A signature block signed on behalf of a board and by a deputy at once (Decree 30/2020/NĐ-CP,
Appendix I: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name) is one block: its "KT."
line is no second signature, and the name under it is the signer's. Made-up document."""

from __future__ import annotations

from tests.conftest import extract_text

TEXT = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 12/2009/QĐ-UBND\n\nBình An, ngày 03 tháng 4 năm 2009\n\nQUYẾT ĐỊNH\nBan hành Quy chế quản lý mạng nội bộ\n\n"
    "ỦY BAN NHÂN DÂN TỈNH BÌNH AN\n\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý mạng nội bộ.\n"
    "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm thi hành Quyết định này./.\n"
    "|\nTM.\nỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Lộc\n|\n"
)


def test_the_deputy_line_under_an_on_behalf_line_is_the_same_block(nlp):
    record = extract_text(TEXT, nlp)
    assert record.signer is not None and record.signer.name == "Trần Văn Lộc"
