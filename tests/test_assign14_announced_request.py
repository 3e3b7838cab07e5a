"""A news item announcing a document and what it asks in one sentence ("Thủ tướng Chính phủ vừa ký
Công điện số ... yêu cầu các Bộ ..."): the bodies asked are the document's assignees when the
announced document is the record's own (its type); a report telling of another body's plan
("UBND tỉnh đã ban hành Kế hoạch ... yêu cầu ...") gives no one a task."""

from __future__ import annotations

from tests.conftest import extract_text

NEWS = """Chủ động ứng phó với mưa lớn
Thủ tướng Chính phủ Lê Văn An vừa ký Công điện 512/CĐ-TTg ngày 03.9 yêu cầu các Bộ liên quan và UBND các tỉnh ven biển chủ động ứng phó với mưa lớn.
"""

REPORT = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN HÒA AN\tĐộc lập - Tự do - Hạnh phúc
Số: 45/BC-UBND\tHòa An, ngày 10 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác phòng, chống thiên tai 9 tháng năm 2025

I. KẾT QUẢ THỰC HIỆN
Ủy ban nhân dân huyện đã ban hành Kế hoạch số 20/KH-UBND ngày 02/3/2025 yêu cầu các xã rà soát các điểm sạt lở.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
"""


def test_announced_document_asks(nlp):
    rec = extract_text(NEWS, nlp)
    assert rec.doc_type == "CĐ"
    assert [a.body for a in rec.assignments] == ["các Bộ liên quan", "UBND các tỉnh ven biển"]


def test_report_telling_of_another_plan_asks_no_one(nlp):
    rec = extract_text(REPORT, nlp)
    assert rec.doc_type == "BC"
    assert [a.body for a in rec.assignments] == []


PLAN = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN HÒA AN\tĐộc lập - Tự do - Hạnh phúc
Số: 52/KH-UBND\tHòa An, ngày 10 tháng 10 năm 2025

KẾ HOẠCH
Phòng, chống thiên tai năm 2026

Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 20/KH-UBND ngày 02/3/2025 yêu cầu các huyện rà soát các điểm sạt lở.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
"""


def test_plan_citing_an_earlier_plan_is_not_announcing_itself(nlp):
    rec = extract_text(PLAN, nlp)
    assert rec.doc_type == "KH" and rec.symbol == "52/KH-UBND"
    assert "các huyện" not in [a.body for a in rec.assignments]


def test_announced_with_its_own_symbol(nlp):
    rec = extract_text(NEWS.replace("Công điện 512/CĐ-TTg", "Công điện số 512/CĐ-TTg"), nlp)
    assert [a.body for a in rec.assignments] == ["các Bộ liên quan", "UBND các tỉnh ven biển"]
