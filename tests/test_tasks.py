"""Assignments and deadlines: lists of bodies, task tables, label lines, execution clauses."""

from __future__ import annotations

import pytest

from tests.conftest import PLAN_OPENING, extract_text

HEAD = PLAN_OPENING + "II. TỔ CHỨC THỰC HIỆN\n"


def bodies(text: str, nlp) -> list[str]:
    return [a.body for a in extract_text(HEAD + text, nlp).assignments]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # capitalised bodies after commas are bodies of their own
        ("1. Giao Sở Tư pháp, Sở Nội vụ, Thuế tỉnh chủ trì thực hiện.", ["Sở Tư pháp", "Sở Nội vụ", "Thuế tỉnh"]),
        # lower-case kinds go on with one body
        ("1. Đề nghị các sở, ban, ngành tỉnh triển khai thực hiện.", ["các sở, ban, ngành tỉnh"]),
        # "các" before a body head starts a new one
        ("1. Đề nghị Ban Tổ chức Tỉnh ủy, các cơ quan báo chí của tỉnh tuyên truyền.",
         ["Ban Tổ chức Tỉnh ủy", "các cơ quan báo chí của tỉnh"]),
        # bare kinds share the name at the end of the list
        ("1. Giao các Chi ủy, Chi bộ triển khai thực hiện.", ["các Chi ủy, Chi bộ"]),
        # one office serving two councils
        ("1. Giao Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh theo dõi.",
         ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"]),
        # the functions of one office
        ("1. Giao Phòng Tổ chức cán bộ, Thanh tra và Thi đua khen thưởng tỉnh theo dõi.",
         ["Phòng Tổ chức cán bộ, Thanh tra và Thi đua khen thưởng tỉnh"]),
    ],
)
def test_a_list_of_bodies_is_one_assignment_per_body(sentence, expected, nlp):
    assert bodies(sentence + "\n", nlp) == expected


LABEL_LINES = """1. Tổ chức tập huấn cho cán bộ làm công tác pháp chế

- Cơ quan chủ trì: Sở Tư pháp, Sở Nội vụ.

- Cơ quan phối hợp: Ủy ban nhân dân các xã, phường; các cơ quan, đơn vị có liên quan.

- Thời gian hoàn thành: trước ngày 30/6/2024.
"""

FLAT_TABLE = """Bảng nhiệm vụ

|
STT
|
Tên nhiệm vụ
|
Cơ quan chủ trì
|
Cơ quan phối hợp
|
Thời gian hoàn thành
|
|
1
|
Xây dựng cơ sở dữ liệu dùng chung của tỉnh
|
Sở Khoa học và Công nghệ
|
Sở Tài chính; Ủy ban nhân dân các xã, phường
|
Tháng 9/2024
|
"""


def test_label_lines_under_a_task(nlp):
    rec = extract_text(HEAD + LABEL_LINES, nlp)
    roles = [(a.body, a.role) for a in rec.assignments]
    assert ("Sở Tư pháp", "lead") in roles and ("Sở Nội vụ", "lead") in roles
    assert ("Ủy ban nhân dân các xã, phường", "coordinate") in roles
    # kinds of bodies with nothing to tell which, as the partners of a task: not a body given it
    assert not any(body.startswith("các cơ quan, đơn vị") for body, _ in roles)
    assert [d.date for d in rec.deadlines] == ["2024-06-30"]


def test_a_table_flattened_one_cell_per_line(nlp):
    rec = extract_text(HEAD + FLAT_TABLE, nlp)
    roles = [(a.body, a.role, a.task) for a in rec.assignments]
    task = "Xây dựng cơ sở dữ liệu dùng chung của tỉnh"
    assert ("Sở Khoa học và Công nghệ", "lead", task) in roles
    assert ("Sở Tài chính", "coordinate", task) in roles
    assert ("Ủy ban nhân dân các xã, phường", "coordinate", task) in roles


def test_the_execution_clause_of_a_decision(nlp):
    text = (
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài chính; Chủ tịch Ủy ban nhân dân "
        "các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    found = bodies(text, nlp)
    for name in ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính",
                 "Chủ tịch Ủy ban nhân dân các huyện, thành phố"):
        assert name in found


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a sub-heading naming a body, its tasks below it
        ("1. Sở Nội vụ\n- Tham mưu tổ chức hội nghị sơ kết.\n- Theo dõi, đôn đốc thực hiện.\n",
         ["Sở Nội vụ"], []),
        # a sub-heading over bodies of another kind only groups them
        ("1. Trung ương Đoàn TNCS Hồ Chí Minh\nBan Tuyên giáo là cơ quan thường trực, tham mưu tổ chức.\n",
         ["Ban Tuyên giáo"], ["Trung ương Đoàn TNCS Hồ Chí Minh"]),
        # a sub-heading restated by its first sentence is the body's own task
        ("3. Các tỉnh, thành đoàn\nCác tỉnh, thành phố chủ động xây dựng kế hoạch.\n",
         ["Các tỉnh, thành đoàn"], []),
        # a body opening a later sentence of a line
        ("1. Các đơn vị đăng tải thể lệ trên báo điện tử. Báo Tiền Phong, Báo Thanh Niên công bố kết quả.\n",
         ["Báo Tiền Phong", "Báo Thanh Niên"], []),
        # "việc làm" is a noun: the name goes on
        ("1. Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch.\n", ["Trung tâm Dịch vụ việc làm tỉnh"], []),
        # a name wrapped at the page width after "của"
        ("1. Giao các Ban của\nHội đồng nhân dân tỉnh giám sát việc thực hiện.\n", ["các Ban của Hội đồng nhân dân tỉnh"], []),
        # a body announcing is given no task
        ("1. Văn phòng Ủy ban nhân dân tỉnh vừa có Công văn gửi các sở.\n", [], ["Văn phòng Ủy ban nhân dân tỉnh"]),
        # "Trân trọng đề nghị": still a request
        ("1. Trân trọng đề nghị Bộ Giáo dục và Đào tạo: Chỉ đạo các cơ sở giáo dục triển khai.\n",
         ["Bộ Giáo dục và Đào tạo"], []),
        # bare kinds of bodies name no one
        ("1. Đề nghị các cơ quan, đơn vị triển khai thực hiện.\n", [], ["các cơ quan, đơn vị"]),
        # one plural head over a list of names of the same kind
        ("1. Các ban thường trực Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh phát động thi đua.\n",
         ["Các ban thường trực Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh"], ["Hội Cựu chiến binh tỉnh"]),
        # "công lập" is a noun, "từ" ends a name
        ("1. Các đơn vị sự nghiệp công lập thuộc tỉnh từ nay báo cáo hằng quý.\n",
         ["Các đơn vị sự nghiệp công lập thuộc tỉnh"], []),
        # a download link and bare persons are no bodies
        ("1. Các đơn vị tải Công văn số 15/VP tại đây. Đề nghị các đồng chí nghiên cứu.\n", [],
         ["Các đơn vị tải Công văn số 15/VP tại đây", "các đồng chí"]),
        # a sub-heading over the persons who act for it: the body is given the tasks
        ("1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n- Đồng chí Chủ tịch Ủy ban MTTQ Việt Nam xã lãnh đạo chung.\n",
         ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"], []),
        # capitalised kinds after "các <kind>" go on with the list
        ("1. Giám đốc các Sở, Ban, ngành có liên quan chịu trách nhiệm triển khai.\n",
         ["Giám đốc các Sở, Ban, ngành có liên quan"], ["Giám đốc các Sở"]),
        # a bare title heading a list of persons, and the issuer's closing "thông tin để ... biết"
        ("1. Hội Nông dân tỉnh\n- Phó Chủ tịch:\n(1) Đồng chí Nguyễn Văn A.\n"
         "Ban Thường vụ Hội Nông dân tỉnh thông tin để Sở Nội vụ biết, tổng hợp.\n",
         [], ["Phó Chủ tịch", "Ban Thường vụ Hội Nông dân tỉnh"]),
        # a table's row is read by the task-table reader, not as sentences
        ("1. Các nhiệm vụ trọng tâm:\nXây dựng đề án. Đảng ủy Ủy ban nhân dân tỉnh\tTheo chỉ đạo\tNăm 2026\n",
         [], ["Đảng ủy Ủy ban nhân dân tỉnh Theo"]),
        # a post given tasks, its fields listed after "phụ trách"
        ("1. Phó Chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo chịu trách nhiệm theo dõi.\n",
         ["Phó Chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo"], []),
    ],
)
def test_bodies_of_the_implementation_section(text, present, absent, nlp):
    found = bodies(text, nlp)
    for name in present:
        assert name in found
    for name in absent:
        assert name not in found


def test_the_closing_article_of_a_decision_with_a_wrapped_list(nlp):
    text = (
        "Điều 3. Văn phòng, các ban, đơn vị thuộc Tỉnh đoàn và các huyện,\n"
        "thành đoàn trực thuộc chịu trách nhiệm tổ chức thực hiện Quyết định này.\n"
    )
    found = bodies(text, nlp)
    assert "các ban, đơn vị thuộc Tỉnh đoàn" in found
    assert "các huyện, thành đoàn trực thuộc" in found
    assert "thành đoàn trực thuộc" not in found


def test_the_closing_formula_names_no_one(nlp):
    text = (
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh và các cơ quan, đơn vị, cá nhân có liên quan "
        "chịu trách nhiệm thi hành Quyết định này.\n"
    )
    found = bodies(text, nlp)
    assert "Chánh Văn phòng Ủy ban nhân dân tỉnh" in found
    assert not any(name.startswith("các cơ quan") for name in found)


def test_a_reports_petitions_are_not_tasks(nlp):
    head = HEAD.replace("KẾ HOẠCH", "BÁO CÁO").replace("Số: 12/KH-UBND", "Số: 12/BC-UBND")
    text = head.replace("II. TỔ CHỨC THỰC HIỆN\n", "II. ĐỀ XUẤT, KIẾN NGHỊ\n") + (
        "Trân trọng đề nghị Bộ Tài chính quan tâm bố trí kinh phí.\n"
    )
    assert "Bộ Tài chính" not in [a.body for a in extract_text(text, nlp).assignments]
