"""Tasks given outside "Tổ chức thực hiện": a body opening a clause of a plan's content, and the
lists of bodies a letter reports on (given nothing)."""

from __future__ import annotations

import pytest

from plankb.extractors.names import task_follows
from plankb.extractors.patterns.bodies import CONTENT_SUBJECT_EXAMPLES, EVENT_ORGAN_EXAMPLES, TASK_FOLLOWS_EXAMPLES
from plankb.extractors.text import fold
from tests.conftest import PLAN_OPENING, extract_text

LETTER_OPENING = """ỦY BAN MTTQ VIỆT NAM TỈNH AN LẠC
BAN THƯỜNG TRỰC
Số: 171/MTTQ-BTT
V/v đề nghị thống nhất cho phép các hội sử dụng Điều lệ
An Lạc, ngày 13 tháng 11 năm 2025

Kính gửi: Ủy ban nhân dân tỉnh An Lạc

"""


def bodies(text: str, nlp, opening: str = PLAN_OPENING) -> list[str]:
    return [a.body for a in extract_text(opening + text, nlp).assignments]


@pytest.mark.parametrize("text, expected", TASK_FOLLOWS_EXAMPLES)
def test_a_task_follows_the_name(text, expected):
    from plankb.extractors.names import body_end

    folded = fold(text)
    assert task_follows(folded, body_end(folded, 0, len(folded), text)) is expected


@pytest.mark.parametrize("text, body", CONTENT_SUBJECT_EXAMPLES)
def test_a_body_opening_a_clause_of_a_plans_content(text, body, nlp):
    found = bodies(text, nlp)
    assert (body in found) if body else found == []


def test_a_report_does_not_give_tasks_in_its_content(nlp):
    opening = PLAN_OPENING.replace("KH-UBND", "BC-UBND").replace("KẾ HOẠCH", "BÁO CÁO")
    assert bodies("II. NỘI DUNG\n1. Gây quỹ\nCác chi đoàn đăng ký mở gian hàng.\n", nlp, opening) == []


def test_a_letters_list_of_bodies_is_given_nothing(nlp):
    text = (
        "Còn 08 hội: Hội Văn học nghệ thuật tỉnh;\n\n"
        "Liên minh Hợp tác xã tỉnh; Hội Kiến trúc sư tỉnh, Hội Bảo trợ Bệnh nhân nghèo và bảo vệ quyền trẻ em tỉnh;\n\n"
        "Hội Hữu nghị Việt Nam - Campuchia tỉnh; Hội Người mù tỉnh gặp khó khăn trong vấn đề khắc con dấu.\n\n"
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị Lãnh đạo Ủy ban nhân dân tỉnh xem xét, có văn bản thống nhất.\n\n"
        "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n"
    )
    assert bodies(text, nlp, LETTER_OPENING) == ["Lãnh đạo Ủy ban nhân dân tỉnh"]


def test_a_letters_body_with_a_verb_is_still_given_its_task(nlp):
    text = "Sở Nội vụ theo chức năng nhiệm vụ được giao khẩn trương nghiên cứu, xử lý kiến nghị.\n\nTM. BAN THƯỜNG TRỰC\n"
    assert bodies(text, nlp, LETTER_OPENING) == ["Sở Nội vụ"]


def test_the_issuers_own_organisation_opening_a_sentence_is_given_nothing(nlp):
    opening = PLAN_OPENING.replace("ỦY BAN NHÂN DÂN TỈNH AN LẠC", "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nBAN BÍ THƯ")
    text = "II. NỘI DUNG\n1. Triển khai\nTrung ương Đoàn lựa chọn 03 địa bàn triển khai thí điểm.\n"
    found = bodies(text, nlp, opening)
    assert "Trung ương Đoàn" not in found


SECRETARIAT = PLAN_OPENING.replace("ỦY BAN NHÂN DÂN TỈNH AN LẠC", "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nBAN BÍ THƯ")


def test_a_bodys_heading_over_a_handed_task_and_its_own(nlp):
    # "1. Trung ương Đoàn" over "Giao Ban ... làm thường trực" and then its own tasks
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Trung ương Đoàn TNCS Hồ Chí Minh\n"
        "- Giao Ban Thanh niên Công nhân và Đô thị Trung ương Đoàn làm đơn vị thường trực theo dõi.\n"
        "- Định kỳ tổ chức kiểm tra, giám sát kết quả triển khai phong trào.\n"
        "2. Các tỉnh, thành đoàn\n- Ban hành kế hoạch triển khai.\n"
    )
    assert "Trung ương Đoàn TNCS Hồ Chí Minh" in bodies(text, nlp, SECRETARIAT)


def test_a_bodys_heading_over_a_handed_task_and_its_sub_items(nlp):
    # the "+" lines under "Giao Ban ...:" are the tasks of the body given them
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Trung ương Đoàn TNCS Hồ Chí Minh\n"
        "- Giao Ban Mặt trận Thanh niên Trung ương Đoàn chủ trì tham mưu, cụ thể:\n"
        "+ Xây dựng kế hoạch chi tiết.\n+ Tổ chức Hội nghị sơ kết.\n"
        "2. Các tỉnh, thành đoàn\n- Ban hành kế hoạch triển khai.\n"
    )
    found = bodies(text, nlp, SECRETARIAT)
    assert "Ban Mặt trận Thanh niên Trung ương Đoàn" in found
    assert "Trung ương Đoàn TNCS Hồ Chí Minh" not in found


def test_the_sender_announcing_in_a_notice_is_given_nothing(nlp):
    opening = PLAN_OPENING.replace("12/KH-UBND", "12-TB/TU").replace("KẾ HOẠCH", "THÔNG BÁO")
    text = (
        "Ban Chấp hành Đảng bộ tỉnh thông báo nội dung, thời gian tổ chức Đại hội như sau:\n\n"
        "Sở Nội vụ hướng dẫn các đơn vị chuẩn bị.\n"
    )
    assert bodies(text, nlp, opening) == ["Sở Nội vụ"]


def test_diplomacy_is_no_verb_in_a_name():
    from plankb.extractors.names import body_end

    text = "Bộ Ngoại giao chủ trì, phối hợp"
    assert text[: body_end(fold(text), 0, len(text), text)].strip() == "Bộ Ngoại giao"


@pytest.mark.parametrize("organ", EVENT_ORGAN_EXAMPLES)
def test_an_events_organ_is_given_no_task(organ, nlp):
    text = f"III. TỔ CHỨC THỰC HIỆN\n1. {organ} có trách nhiệm chấm bài.\n2. Sở Nội vụ hướng dẫn.\n"
    assert bodies(text, nlp) == ["Sở Nội vụ"]


def test_the_preamble_states_the_grounds(nlp):
    opening = PLAN_OPENING.split("I. MỤC ĐÍCH")[0]
    text = (
        "Thực hiện Kế hoạch số 33/KH-UBND của Ủy ban nhân dân huyện. UBND xã An Phú xây dựng Kế hoạch như sau:\n\n"
        "I. NỘI DUNG\n1. Gây quỹ\nCác chi đoàn đăng ký mở gian hàng.\n"
    )
    assert bodies(text, nlp, opening) == ["Các chi đoàn"]
