"""Assignments as real texts write them: headings and names wrapped by the page width, lists in
the closing article, purpose clauses run into a name, and the words added to the tables for them."""

from __future__ import annotations

import pytest

from plankb.extractors.names import body_end, starts_with_body
from plankb.extractors.patterns.bodies import PURPOSE_EXAMPLES, TASK_VERB_EXAMPLES
from plankb.extractors.patterns.deadlines import NOT_YEARLY_EXAMPLES
from plankb.extractors.text import fold
from tests.conftest import PLAN_OPENING, extract_text

HEAD = PLAN_OPENING


def bodies(text: str, nlp) -> list[str]:
    return [a.body for a in extract_text(HEAD + text, nlp).assignments]


@pytest.mark.parametrize(
    "text",
    ["Hiệp hội Doanh nghiệp tỉnh", "các bộ phận chuyên môn thuộc Cơ quan Ủy ban MTTQ xã",
     "các ông (bà) có tên tại Điều 1", "người đứng đầu các cơ quan chuyên môn"],
)
def test_new_body_heads(text):
    assert starts_with_body(text)


@pytest.mark.parametrize(
    "text, body",
    [("Ban Tổ chức Giải thưởng đón tiếp đại biểu", "Ban Tổ chức Giải thưởng"),
     ("Ban quản lý Dự án đầu tư - hạ tầng Xã đề xuất triển khai dự án", "Ban quản lý Dự án đầu tư - hạ tầng Xã"),
     ("Hội Nông dân tỉnh nhận được Công văn số 12", "Hội Nông dân tỉnh"),
     ("Ban Tuyên giáo nhằm hỗ trợ thí sinh", "Ban Tuyên giáo")],
)
def test_new_action_words_end_a_name(text, body):
    assert text[: body_end(fold(text), 0, len(text), text)].strip() == body


@pytest.mark.parametrize("sentence, word", PURPOSE_EXAMPLES)
def test_a_name_run_into_a_purpose_clause_is_given_no_task(sentence, word, nlp):
    assert word in sentence
    found = bodies("II. TỔ CHỨC THỰC HIỆN\n" + sentence + " trong năm 2024.\n", nlp)
    assert not any(fold(word) in fold(b).split() for b in found), found


def test_a_heading_wrapped_over_two_lines(nlp):
    # a web page wraps "IV. TỔ CHỨC THỰC HIỆN" and the bodies' headings anywhere
    text = (
        "II. TỔ CHỨC\nTHỰC HIỆN\n\n1. Sở Khoa học và Công\nnghệ\n\nChủ trì triển khai kế hoạch.\n\n"
        "2. Sở Văn hoá, Thể thao\nvà Du lịch\n\nĐịnh hướng các cơ quan truyền thông tuyên truyền.\n"
    )
    found = bodies(text, nlp)
    assert "Sở Khoa học và Công nghệ" in found and "Sở Văn hoá, Thể thao và Du lịch" in found
    assert "Sở Khoa học và Công" not in found


def test_a_name_wrapped_inside_a_sentence(nlp):
    text = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Giao người đứng đầu các cơ quan chuyên môn, các đơn vị sự nghiệp công\n"
        "lập trực thuộc Ủy ban nhân dân tỉnh triển khai thực hiện.\n"
    )
    found = bodies(text, nlp)
    assert "các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh" in found


def test_the_closing_article_names_departments_and_persons(nlp):
    text = (
        "Điều 3. Ban Thường trực Ủy ban MTTQ xã, các bộ phận chuyên môn thuộc Cơ quan Ủy ban MTTQ xã và "
        "các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.\n"
    )
    found = bodies(text, nlp)
    assert found == ["Ban Thường trực Ủy ban MTTQ xã", "các bộ phận chuyên môn thuộc Cơ quan Ủy ban MTTQ xã",
                     "các ông (bà) có tên tại Điều 1"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a procedure the text describes: the body opening the sentence asks, not this document
        ("- Ban Thường vụ Đảng ủy xét, đề nghị Ban Thường vụ Tỉnh ủy tặng Huy hiệu Đảng.", []),
        ("- Ban Tổ chức Tỉnh ủy tham mưu trình Thường trực Tỉnh ủy phân công Văn phòng Tỉnh ủy chuẩn bị.",
         []),
        # a body that only speaks is the issuer asking
        ("Ban Thường vụ Tỉnh ủy đề nghị Ban Tuyên giáo Tỉnh ủy triển khai thực hiện.", ["Ban Tuyên giáo Tỉnh ủy"]),
        ("Ủy ban nhân dân tỉnh trân trọng đề nghị Sở Nội vụ theo dõi.", ["Sở Nội vụ"]),
    ],
)
def test_a_request_inside_a_described_procedure(sentence, expected, nlp):
    assert bodies("II. HƯỚNG DẪN\n" + sentence + "\n", nlp) == expected


def test_a_task_heading_that_opens_like_the_section_is_not_the_section(nlp):
    # "Tổ chức triển khai ứng dụng, ..." is one of the tasks; the bodies are given theirs further on
    text = (
        "II. NHIỆM VỤ\n1. Tổ chức triển khai ứng dụng, nhân rộng các tiến bộ khoa học và công nghệ vào sản xuất\n"
        "Các đơn vị nghiên cứu ứng dụng kết quả.\n\n"
        "2. Phân công tổ chức thực hiện\na) Sở Nội vụ:\n- Bố trí biên chế chuyên trách.\n\n"
        "b) Sở Tài chính:\n- Bố trí kinh phí thực hiện.\n"
    )
    found = bodies(text, nlp)
    assert "Sở Nội vụ" in found and "Sở Tài chính" in found


def test_a_task_cell_that_opens_with_a_role_word_is_no_header(nlp):
    # "Phối hợp tổ chức ..." in the task column is a row's content: the columns stay as the header set them
    table = (
        "PHỤ LỤC\n\nTT\tNội dung\tCơ quan chủ trì\tThời gian ban hành\n"
        "(1)\tXây dựng quy chế làm việc của Ban Chấp hành\tBan Tổ chức Tỉnh ủy\tQuý IV năm 2025\n"
        "(2)\tPhối hợp tổ chức thành công cuộc bầu cử đại biểu Hội đồng nhân dân các cấp\tHội đồng nhân dân tỉnh\tNăm 2026\n"
    )
    rec = extract_text(HEAD + "II. TỔ CHỨC THỰC HIỆN\nCác cơ quan triển khai theo phụ lục.\n\n" + table, nlp)
    roles = {(a.body, a.role) for a in rec.assignments}
    assert ("Hội đồng nhân dân tỉnh", "lead") in roles and ("Ban Tổ chức Tỉnh ủy", "lead") in roles
    assert not any(body.startswith("Phối hợp") for body, _ in roles)


def test_the_advisory_organs_of_a_party_committee_are_one_name(nlp):
    found = bodies("II. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy, các cấp ủy đảng "
                   "lãnh đạo, chỉ đạo thực hiện các nhiệm vụ được giao.\n", nlp)
    assert found == ["Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy", "các cấp ủy đảng"]


LETTER = """HỘI NÔNG DÂN TỈNH AN LẠC
Số: 45/CV-HND
An Lạc, ngày 05 tháng 9 năm 2025
V/v cử đại diện tham gia Ban Vì sự tiến bộ của phụ nữ

Kính gửi: Sở Nội vụ tỉnh An Lạc

Hội Nông dân tỉnh An Lạc nhận được Công văn số 1189/SNV-LĐVL ngày 29/8/2025 của Sở Nội vụ.
Hội Nông dân tỉnh An Lạc cử đồng chí Nguyễn Văn A tham gia.
"""


@pytest.mark.parametrize("closing, body", TASK_VERB_EXAMPLES)
def test_a_letter_hands_its_addressee_the_next_step(closing, body, nlp):
    rec = extract_text(LETTER + closing + "\n", nlp)
    assert body in [a.body for a in rec.assignments]


def test_a_letter_that_only_informs_gives_no_task(nlp):
    rec = extract_text(LETTER + "Hội Nông dân tỉnh thông tin để Sở Nội vụ biết.\n", nlp)
    assert rec.assignments == []


@pytest.mark.parametrize("text, date", NOT_YEARLY_EXAMPLES)
def test_a_date_outside_a_yearly_sentence_is_of_the_documents_year(text, date, nlp):
    rec = extract_text(f"KẾ HOẠCH\nCông tác năm 2023\n\nI. TỔ CHỨC THỰC HIỆN\n1. {text}\n", nlp)
    assert [(d.date, d.recurrence) for d in rec.deadlines] == [(date, None)]


def test_an_issuer_under_its_own_heading_is_given_its_tasks(nlp):
    # a joint plan lists each issuer's tasks under its name; the issuer speaking is given none
    text = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân tỉnh An Lạc\n\n- Chỉ đạo các sở triển khai kế hoạch.\n\n"
        "2. Báo An Lạc\n\n- Mở chuyên mục tuyên truyền.\n\n"
        "Ủy ban nhân dân tỉnh An Lạc đề nghị các đơn vị nghiêm túc thực hiện.\n"
    )
    found = bodies(text, nlp)
    assert found.count("Ủy ban nhân dân tỉnh An Lạc") == 1 and "Báo An Lạc" in found


def test_a_name_wrapped_inside_its_first_words(nlp):
    # a web page wraps anywhere, even between "Văn" and "phòng"
    found = bodies("II. TỔ CHỨC THỰC HIỆN\n1. Giao Văn\nphòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc thực hiện.\n", nlp)
    assert found == ["Văn phòng Ủy ban nhân dân tỉnh"]


def test_an_aside_between_a_body_and_its_verb(nlp):
    text = ("III. KINH PHÍ\n3. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì "
            "tổng hợp trình cấp có thẩm quyền bố trí kinh phí.\n")
    rec = extract_text(HEAD + text, nlp)
    assert [(a.body, a.role) for a in rec.assignments] == [("Sở Tài chính", "lead")]
