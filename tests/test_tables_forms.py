"""Task tables as offices lay them out: tabs, pipes, a header over two rows, merged cells,
several bodies in a cell, time cells, a table flattened one cell per line.

Expectations follow ANNOTATION.md: each body in a lead or partner column is given the row's task
(`assignments`); a time cell is a deadline when it names a day ("Trước 30/6/2024"), a month
("Tháng 9/2024") or a day of every year ("Ngày 10/10 hằng năm" -> "--10-10"); "Thường xuyên",
"Hằng năm" and quarters ("Quý II/2024") name none of these and give no deadline.
"""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.tasktables import ROLE_HEADING_EXAMPLES, TIME_HEADING_EXAMPLES
from plankb.extractors.tasktables import _column_role, _is_limit
from tests.conftest import PLAN_OPENING, extract_text

# A plan's purposes, long enough that its table stands below the two-column header table at the top.
PURPOSES = (
    "Bảo đảm triển khai đồng bộ, thống nhất, hiệu quả các nhiệm vụ, giải pháp đã đề ra; phân công rõ "
    "trách nhiệm của từng cơ quan, đơn vị, gắn với thời gian hoàn thành cụ thể.\n"
) * 12
HEAD = PLAN_OPENING.replace("Nâng cao chất lượng công tác.\n", PURPOSES) + "II. TỔ CHỨC THỰC HIỆN\n"

TAB_TABLE = """STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành
1\tTổ chức hội nghị quán triệt kế hoạch\tSở Nội vụ\tSở Tài chính, Sở Tư pháp\tTrước 30/6/2024
2\tXây dựng phần mềm quản lý hồ sơ\tSở Khoa học và Công nghệ\tVăn phòng Ủy ban nhân dân tỉnh\tTháng 9/2024
"""

PIPE_TABLE = """| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Tổ chức hội nghị sơ kết | Ban Tuyên giáo Tỉnh ủy | Văn phòng Tỉnh ủy | Tháng 5/2024 |
| 2 | Biên soạn tài liệu tuyên truyền | Ban Dân vận Tỉnh ủy | Hội Nông dân tỉnh | Quý II/2024 |
"""

PIPE_PROGRESS = """| STT | Nhiệm vụ | Đơn vị thực hiện | Tiến độ |
| 1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Thường xuyên |
| 2 | Kiểm tra việc thực hiện | Thanh tra tỉnh | Hằng năm |
| 3 | Báo cáo kết quả thực hiện | Sở Nội vụ | Trước ngày 15/12/2024 |
"""

PIPE_DOER = """| STT | Nội dung | Thực hiện | Thời gian |
| 1 | Tổ chức lớp bồi dưỡng nghiệp vụ | Trường Chính trị tỉnh | Tháng 8/2024 |
| 2 | Sơ kết, đánh giá | Ban Tổ chức Tỉnh ủy | Thường xuyên |
"""

# "Cơ quan, đơn vị" spans "Chủ trì | Phối hợp" on the row below it.
TWO_ROW_HEADER = """STT\tNội dung nhiệm vụ\tCơ quan, đơn vị\tThời gian
\t\tChủ trì\tPhối hợp\t
1\tTổ chức hội nghị quán triệt\tSở Nội vụ\tSở Tài chính; Sở Tư pháp\tTrước 30/6/2024
2\tKiểm tra, giám sát việc thực hiện\tThanh tra tỉnh\tBan Tổ chức Tỉnh ủy\tHằng năm
"""

# The same in pipes, the spanning cell followed by an empty one; a task naming "phối hợp".
TWO_ROW_PIPES = """| STT | Nội dung | Cơ quan, đơn vị | | Thời gian hoàn thành |
|---|---|---|---|---|
| | | Chủ trì | Phối hợp | |
| 1 | Xây dựng quy chế phối hợp | Sở Tư pháp | Công an tỉnh | Tháng 4/2024 |
| 2 | Tập huấn nghiệp vụ | Sở Nội vụ | Sở Tư pháp | Trước 30/9/2024 |
"""

# The lead cell of the second row is merged with the first's: the same lead.
MERGED_LEAD = """| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
| 1 | Tuyên truyền, phổ biến kế hoạch | Sở Văn hóa, Thể thao và Du lịch | Đài Phát thanh và Truyền hình tỉnh | Tháng 6/2024 |
| 2 | Tổ chức hội thi tìm hiểu pháp luật | | Báo An Lạc | Tháng 7/2024 |
"""

PRODUCT_COLUMN = """STT\tNội dung\tCơ quan thực hiện\tSản phẩm\tThời gian
1\tXây dựng đề án chuyển đổi số\tSở Thông tin và Truyền thông\tĐề án\tQuý III/2024
2\tXây dựng kế hoạch năm sau\tSở Kế hoạch và Đầu tư\tKế hoạch\tTrước 20/11
3\tTổng kết công tác\tỦy ban nhân dân các huyện, thị xã, thành phố\tBáo cáo\tNgày 10/10 hằng năm
"""

NO_NUMBER_COLUMN = """Nội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành
Tổ chức hội nghị tổng kết\tBan Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy\tLiên đoàn Lao động tỉnh\tTrước 30/11/2024
"""


def _flat(rows: list[list[str]]) -> str:
    """A table exported one cell per line, each cell between lines holding only "|"."""
    return "Bảng phân công nhiệm vụ\n\n" + "".join("|\n" + "".join(f"{c}\n|\n" for c in r) for r in rows)


FLAT_HEADER = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
FLAT = _flat([
    FLAT_HEADER,
    ["1", "Tổ chức hội nghị triển khai kế hoạch", "Sở Nội vụ", "Sở Tài chính, Sở Tư pháp", "Trước ngày 15/7/2024"],
    ["2", "Tổng hợp, báo cáo kết quả", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Tháng 12/2024"],
])
# The second row's lead cell left empty (merged with the first's): the partner stays a partner.
FLAT_MERGED = _flat([
    FLAT_HEADER,
    ["1", "Tổ chức hội nghị triển khai kế hoạch", "Sở Nội vụ", "Sở Tài chính", "Trước ngày 15/7/2024"],
    ["2", "Tổng hợp, báo cáo kết quả", "", "Văn phòng Ủy ban nhân dân tỉnh", "Tháng 12/2024"],
])

CASES = {
    "tabs": (TAB_TABLE, {
        ("Sở Nội vụ", "lead", "Tổ chức hội nghị quán triệt kế hoạch"),
        ("Sở Tài chính", "coordinate", "Tổ chức hội nghị quán triệt kế hoạch"),
        ("Sở Tư pháp", "coordinate", "Tổ chức hội nghị quán triệt kế hoạch"),
        ("Sở Khoa học và Công nghệ", "lead", "Xây dựng phần mềm quản lý hồ sơ"),
        ("Văn phòng Ủy ban nhân dân tỉnh", "coordinate", "Xây dựng phần mềm quản lý hồ sơ"),
    }, ["2024-06-30", "2024-09"]),
    "pipes with a rule under the header": (PIPE_TABLE, {
        ("Ban Tuyên giáo Tỉnh ủy", "lead", "Tổ chức hội nghị sơ kết"),
        ("Văn phòng Tỉnh ủy", "coordinate", "Tổ chức hội nghị sơ kết"),
        ("Ban Dân vận Tỉnh ủy", "lead", "Biên soạn tài liệu tuyên truyền"),
        ("Hội Nông dân tỉnh", "coordinate", "Biên soạn tài liệu tuyên truyền"),
    }, ["2024-05"]),
    "a progress column": (PIPE_PROGRESS, {
        ("Sở Tư pháp", "implement", "Rà soát văn bản quy phạm pháp luật"),
        ("Thanh tra tỉnh", "implement", "Kiểm tra việc thực hiện"),
        ("Sở Nội vụ", "implement", "Báo cáo kết quả thực hiện"),
    }, ["2024-12-15"]),
    "a column headed Thực hiện": (PIPE_DOER, {
        ("Trường Chính trị tỉnh", "implement", "Tổ chức lớp bồi dưỡng nghiệp vụ"),
        ("Ban Tổ chức Tỉnh ủy", "implement", "Sơ kết, đánh giá"),
    }, ["2024-08"]),
    "a header over two rows": (TWO_ROW_HEADER, {
        ("Sở Nội vụ", "lead", "Tổ chức hội nghị quán triệt"),
        ("Sở Tài chính", "coordinate", "Tổ chức hội nghị quán triệt"),
        ("Sở Tư pháp", "coordinate", "Tổ chức hội nghị quán triệt"),
        ("Thanh tra tỉnh", "lead", "Kiểm tra, giám sát việc thực hiện"),
        ("Ban Tổ chức Tỉnh ủy", "coordinate", "Kiểm tra, giám sát việc thực hiện"),
    }, ["2024-06-30"]),
    "a header over two rows, in pipes": (TWO_ROW_PIPES, {
        ("Sở Tư pháp", "lead", "Xây dựng quy chế phối hợp"),
        ("Công an tỉnh", "coordinate", "Xây dựng quy chế phối hợp"),
        ("Sở Nội vụ", "lead", "Tập huấn nghiệp vụ"),
    }, ["2024-04", "2024-09-30"]),
    "a merged lead cell": (MERGED_LEAD, {
        ("Sở Văn hóa, Thể thao và Du lịch", "lead", "Tuyên truyền, phổ biến kế hoạch"),
        ("Đài Phát thanh và Truyền hình tỉnh", "coordinate", "Tuyên truyền, phổ biến kế hoạch"),
        ("Báo An Lạc", "coordinate", "Tổ chức hội thi tìm hiểu pháp luật"),
    }, ["2024-06", "2024-07"]),
    "a product column": (PRODUCT_COLUMN, {
        ("Sở Thông tin và Truyền thông", "implement", "Xây dựng đề án chuyển đổi số"),
        ("Sở Kế hoạch và Đầu tư", "implement", "Xây dựng kế hoạch năm sau"),
        ("Ủy ban nhân dân các huyện, thị xã, thành phố", "implement", "Tổng kết công tác"),
    }, ["2024-11-20", "--10-10"]),
    "no number column, two leads in a cell": (NO_NUMBER_COLUMN, {
        ("Ban Tuyên giáo Tỉnh ủy", "lead", "Tổ chức hội nghị tổng kết"),
        ("Ban Dân vận Tỉnh ủy", "lead", "Tổ chức hội nghị tổng kết"),
        ("Liên đoàn Lao động tỉnh", "coordinate", "Tổ chức hội nghị tổng kết"),
    }, ["2024-11-30"]),
    "flattened one cell per line": (FLAT, {
        ("Sở Nội vụ", "lead", "Tổ chức hội nghị triển khai kế hoạch"),
        ("Sở Tài chính", "coordinate", "Tổ chức hội nghị triển khai kế hoạch"),
        ("Sở Tư pháp", "coordinate", "Tổ chức hội nghị triển khai kế hoạch"),
        ("Văn phòng Ủy ban nhân dân tỉnh", "lead", "Tổng hợp, báo cáo kết quả"),
        ("Sở Nội vụ", "coordinate", "Tổng hợp, báo cáo kết quả"),
    }, ["2024-07-15", "2024-12"]),
    "flattened, a merged lead cell": (FLAT_MERGED, {
        ("Sở Nội vụ", "lead", "Tổ chức hội nghị triển khai kế hoạch"),
        ("Sở Tài chính", "coordinate", "Tổ chức hội nghị triển khai kế hoạch"),
        ("Văn phòng Ủy ban nhân dân tỉnh", "coordinate", "Tổng hợp, báo cáo kết quả"),
    }, ["2024-07-15", "2024-12"]),
}


@pytest.mark.parametrize("table, expected, deadlines", CASES.values(), ids=list(CASES))
def test_each_row_gives_its_bodies_the_task_and_its_time(table, expected, deadlines, nlp):
    rec = extract_text(HEAD + table, nlp)
    found = {(a.body, a.role, a.task) for a in rec.assignments}
    assert expected <= found, expected - found
    assert {a.body for a in rec.assignments} == {body for body, _, _ in expected}
    assert sorted(d.date for d in rec.deadlines) == sorted(deadlines)


@pytest.mark.parametrize(
    "table, expected",
    [
        (TAB_TABLE, {"2024-06-30": "Tổ chức hội nghị quán triệt kế hoạch", "2024-09": "Xây dựng phần mềm quản lý hồ sơ"}),
        (TWO_ROW_HEADER, {"2024-06-30": "Tổ chức hội nghị quán triệt"}),
        (FLAT, {"2024-07-15": "Tổ chức hội nghị triển khai kế hoạch", "2024-12": "Tổng hợp, báo cáo kết quả"}),
    ],
    ids=["tabs", "two-row header", "flattened"],
)
def test_a_time_cell_dates_its_own_rows_task(table, expected, nlp):
    rec = extract_text(HEAD + table, nlp)
    assert {d.date: d.task for d in rec.deadlines} == expected


@pytest.mark.parametrize("table", [MERGED_LEAD, FLAT_MERGED], ids=["pipes", "flattened"])
def test_an_empty_lead_cell_is_merged_with_the_one_above(table):
    from plankb.extractors.layout import find_layout
    from plankb.extractors.tasktables import task_rows
    from plankb.extractors.text import normalize

    pt = normalize(PURPOSES * 2 + table)
    rows = [r for r in task_rows(find_layout(pt.text), pt) if r.task]
    assert len(rows) == 2
    first, second = ([(role, cell.text) for role, cell in r.bodies] for r in rows)
    assert first[0] in second and first[0][0] == "lead"
    assert [role for role, _ in second].count("coordinate") == 1


@pytest.mark.parametrize("heading, with_bodies, limit", TIME_HEADING_EXAMPLES)
def test_time_headings_examples(heading, with_bodies, limit):
    assert _is_limit(heading, with_bodies) is limit


@pytest.mark.parametrize("cell, role", ROLE_HEADING_EXAMPLES)
def test_role_headings_examples(cell, role):
    assert _column_role(cell) == role


# A list of documents with the time each was issued: dates of acts, no limits.
ISSUED = """| STT | Tên văn bản | Thời gian ban hành | Ghi chú |
| 1 | Nghị định quy định chi tiết thi hành Luật Việc làm | 12/3/2015 | |
| 2 | Thông tư hướng dẫn thực hiện Nghị định | 31/7/2015 | |
"""

# A plan's documents to be drafted, each with its drafting body: issued by that time, a limit.
TO_ISSUE = """| TT | Nội dung | Cơ quan chủ trì | Thời gian ban hành |
| 1 | Quy chế làm việc của Ban Chấp hành | Văn phòng Tỉnh ủy | Tháng 10/2025 |
| 2 | Chương trình kiểm tra, giám sát toàn khóa | Ủy ban Kiểm tra Tỉnh ủy | Quý IV năm 2025 |
"""

# A heading row spanning the table between rows, and rows whose first (merged) cell the export
# left out: "Thời gian đóng cổng" (the day the portal closes to reports) is the rows' limit.
SPANNING_AND_OMITTED = """| Nội dung | Tiêu chí | Điểm | Thời gian đóng cổng đăng tải minh chứng | Ban phụ trách |
| Tiêu chí 1: Công tác giáo dục (20 điểm) | | | | |
| 1. Học tập chuyên đề | Đoàn cấp huyện tổ chức học tập chuyên đề năm 2024 | 4 | 15/11/2024 | TG |
| Đoàn cấp huyện tổ chức tuyên truyền các ngày lễ lớn | 3 | 30/9/2024 | TG |
"""


@pytest.mark.parametrize(
    "table, expected",
    [(ISSUED, []), (TO_ISSUE, ["2025-10"]), (SPANNING_AND_OMITTED, ["2024-09-30", "2024-11-15"])],
    ids=["issue dates", "to be issued", "spanning and omitted cells"],
)
def test_which_time_columns_are_limits(table, expected, nlp):
    rec = extract_text(HEAD + table, nlp)
    assert sorted(d.date for d in rec.deadlines) == expected


def test_a_task_table_near_the_top_is_no_header_table(nlp):
    """A short plan: its table stands within the zone of the two-column header table, but has
    more columns than that table."""
    rec = extract_text(PLAN_OPENING + "II. TỔ CHỨC THỰC HIỆN\n" + PIPE_TABLE, nlp)
    assert ("Ban Tuyên giáo Tỉnh ủy", "lead") in {(a.body, a.role) for a in rec.assignments}
    assert [d.date for d in rec.deadlines] == ["2024-05"]
    assert rec.issuer and rec.symbol == "12/KH-UBND"
