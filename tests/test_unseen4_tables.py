"""Lists of whole State documents in conventions met outside the shared sets (made-up texts in
those conventions): a task table read from a PDF's text layer (a gazette's annex: no separators,
each printed line of a cell a line, the header broken over lines and repeated on each page),
Decree 30's closing article of a Government document naming the ministries by their heads, and a
table cell closing a named body with "cơ quan, đơn vị liên quan"."""

from __future__ import annotations

from plankb.extractors.patterns.tasktables import NAME_OPEN_HEADS
from plankb.extractors.tasktables import _open_cell, _pdf_rows
from plankb.extractors.text import normalize
from tests.conftest import assigned_bodies, body_key, check_assignments, extract_text

DECISION_WITH_ANNEX = """THỦ TƯỚNG CHÍNH PHỦ
Số: 512/QĐ-TTg
Hà Nội, ngày 10 tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện Đề án phát triển thư viện số

THỦ TƯỚNG CHÍNH PHỦ

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

PHỤ LỤC
DANH MỤC NHIỆM VỤ
STT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
1.
Xây dựng cơ sở dữ liệu thư mục dùng chung
cho các thư viện công cộng
Bộ Văn hóa, Thể thao
và Du lịch
Bộ Khoa học và
Công nghệ
Cơ sở dữ liệu được
vận hành
Tháng
9/2025
2.
Bố trí kinh phí số hóa tài liệu quý hiếm
của các thư viện cấp tỉnh
Ủy ban nhân
dân cấp tỉnh
Sở Tài chính
Quyết định giao
dự toán
Tháng 12/2025
STT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
3.
Tổng kết việc thực hiện Đề án, báo cáo
Thủ tướng
Chính phủ
Bộ Văn hóa, Thể thao
và Du lịch
Các bộ, ngành
Báo cáo tổng kết
Tháng 6/2026
"""


def test_pdf_table_bodies_and_months(nlp):
    record = extract_text(DECISION_WITH_ANNEX, nlp)
    found = {body_key(a.body) for a in record.assignments}
    for body in ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ", "Ủy ban nhân dân cấp tỉnh", "Sở Tài chính"):
        assert body_key(body) in found, (body, sorted(found))
    # the header repeated on the next page, and the PM named inside a task, are given nothing
    for not_body in ("Cơ quan chủ trì", "Cơ quan phối hợp", "Chính phủ", "Thủ tướng Chính phủ"):
        assert body_key(not_body) not in found, (not_body, sorted(found))
    dates = {d.date for d in record.deadlines}
    assert {"2025-09", "2025-12", "2026-06"} <= dates, dates


def test_pdf_rows_need_a_broken_header():
    # the same lines without a role header are prose, not a table
    prose = DECISION_WITH_ANNEX.replace("Cơ quan\nchủ trì\n", "").replace("Cơ quan\nphối hợp\n", "")
    assert _pdf_rows(normalize(prose)) == []
    assert _pdf_rows(normalize(DECISION_WITH_ANNEX))


def test_cell_line_open_at_a_head():
    assert _open_cell("Ủy ban")  # "Ủy ban" / "Thường vụ Quốc hội"
    assert _open_cell("Bộ Giáo dục và")
    assert not _open_cell("Các bộ, cơ quan ngang bộ")  # a kind in lower case ends the cell
    assert not _open_cell("Bộ Tư pháp")
    assert all(h == h.lower() for h in NAME_OPEN_HEADS)


GOVERNMENT_CLOSING = """CHÍNH PHỦ
Số: 45/NQ-CP
Hà Nội, ngày 05 tháng 3 năm 2025

NGHỊ QUYẾT
Về một số nhiệm vụ cải cách thủ tục hành chính

CHÍNH PHỦ

QUYẾT NGHỊ:

Điều 1. Giao Bộ Tư pháp chủ trì rà soát thủ tục hành chính, hoàn thành trước ngày 30 tháng 6 năm 2025.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký.
Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này./.
"""


def test_ministries_named_by_their_heads_are_one_body(nlp):
    found = assigned_bodies(GOVERNMENT_CLOSING, nlp)
    assert body_key("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ") in found, sorted(found)
    for part in ("Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ"):
        assert body_key(part) not in found, sorted(found)
    assert body_key("Bộ Tư pháp") in found


PARTNERS_CONCERNED = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 30/KH-UBND
An Lạc, ngày 05 tháng 3 năm 2025

KẾ HOẠCH
Triển khai số hóa hồ sơ y tế

I. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính chủ trì, phối hợp với Sở Y tế, cơ quan, đơn vị liên quan bố trí kinh phí thực hiện.
2. Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Kế hoạch này.
"""


def test_named_body_then_bodies_concerned(nlp):
    check_assignments(PARTNERS_CONCERNED, ["Sở Tài chính", "Sở Y tế"], ["Sở Y tế, cơ quan", "Thủ trưởng các cơ quan"], nlp)


CLOSING_WITH_HEADS_CONCERNED = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 88/QĐ-UBND
An Lạc, ngày 12 tháng 4 năm 2024

QUYẾT ĐỊNH
Ban hành Chương trình hành động về quan hệ lao động

ỦY BAN NHÂN DÂN TỈNH AN LẠC

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động.
Điều 2. Giám đốc Sở Nội vụ; Thủ trưởng các cơ quan, đơn vị liên quan; Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này./.
"""

ASKED_HEADS_CONCERNED = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 89/KH-UBND
An Lạc, ngày 12 tháng 4 năm 2024

KẾ HOẠCH
Kiểm tra công tác văn thư

I. TỔ CHỨC THỰC HIỆN
Đề nghị Thủ trưởng các cơ quan, đơn vị liên quan chuẩn bị hồ sơ, báo cáo trước ngày 20/5/2024.
"""


def test_heads_of_the_bodies_concerned_in_the_closing_formula(nlp):
    # Decree 30's closing formula names no one: the heads of "the bodies concerned"
    check_assignments(
        CLOSING_WITH_HEADS_CONCERNED, ["Giám đốc Sở Nội vụ"], ["Thủ trưởng các cơ quan, đơn vị liên quan"], nlp
    )
    # asked to do something themselves, they are the bodies the task is for
    assert body_key("Thủ trưởng các cơ quan, đơn vị liên quan") in assigned_bodies(ASKED_HEADS_CONCERNED, nlp)


RESOLUTION_WITH_NOTES = """CHÍNH PHỦ
Số: 46/NQ-CP
Hà Nội, ngày 05 tháng 3 năm 2025

NGHỊ QUYẾT
Về nhiệm vụ cải cách thủ tục hành chính

Căn cứ Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương;
Căn cứ Luật số 61/2020/QH14 ngày 17 tháng 6 năm 2020;

QUYẾT NGHỊ:

Điều 1. Thể chế hóa Nghị quyết số 18-NQ/TW1 của Ban Chấp hành Trung ương.

1 Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.
"""


def test_footnote_mark_glued_to_a_cited_symbol(nlp):
    symbols = [r.symbol for r in extract_text(RESOLUTION_WITH_NOTES, nlp).references]
    assert "18-NQ/TW" in symbols and "18-NQ/TW1" not in symbols, symbols
    assert "61/2020/QH14" in symbols  # a code ending in digits of its own stays
