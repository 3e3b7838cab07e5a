"""A consolidated text takes its identity from the authentication block at its end."""

from __future__ import annotations

from plankb.extractors.extract import extract_source
from plankb.extractors.source import Source

CONSOLIDATED = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

THÔNG TƯ
Hướng dẫn quản lý công chức ngành thi hành án dân sự

Thông tư số 02/2017/TT-BTP ngày 23 tháng 3 năm 2017 của Bộ trưởng Bộ Tư pháp, được sửa đổi, bổ sung bởi:

1. Thông tư số 18/2018/TT-BTP ngày 28 tháng 12 năm 2018 của Bộ trưởng Bộ Tư pháp.

Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn quản lý công chức.

Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực kể từ ngày ký./.

BỘ TƯ PHÁP
Số: 41/VBHN-BTP
Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT.
XÁC THỰC VĂN BẢN HỢP NHẤT
Hà Nội, ngày 05 tháng 12 năm 2024
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn An
"""


def _record(text: str):
    return extract_source(Source("c.txt", "txt", "0" * 64, text))


def test_identity_from_the_authentication_block():
    r = _record(CONSOLIDATED)
    assert (r.doc_type, r.symbol, r.place, r.date) == ("VBHN", "41/VBHN-BTP", "Hà Nội", "2024-12-05")
    assert r.issuer is not None and r.issuer.name == "Bộ Tư pháp"
    assert r.title == "Hướng dẫn quản lý công chức ngành thi hành án dân sự"  # the reprinted summary stays
    assert "41/VBHN-BTP" not in {ref.symbol for ref in r.references}
    assert r.spans["symbol"].start == CONSOLIDATED.index("41/VBHN-BTP")


def test_an_unreadable_number_is_null_not_the_consolidated_documents():
    r = _record(CONSOLIDATED.replace("Số: 41/VBHN-BTP", "Số: Êf. /VBHN-BTP").replace("ngày 05 tháng", "ngày.Ä/ tháng"))
    assert r.doc_type == "VBHN" and r.symbol is None and r.date is None
    assert r.issuer is not None and r.issuer.name == "Bộ Tư pháp"


def test_a_document_that_only_mentions_consolidation_is_left_alone():
    text = CONSOLIDATED.split("BỘ TƯ PHÁP\nSố:")[0] + "Các đơn vị rà soát văn bản hợp nhất theo quy định.\n"
    assert _record(text).doc_type == "TT"
