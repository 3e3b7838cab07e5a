"""Deadlines and assignments by conventions seen in several held-back documents (made-up texts)."""

from __future__ import annotations

from tests.conftest import check_assignments, extract_text

_HEAD = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 12/KH-UBND
An Lạc, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Chăm sóc người có công năm 2024
"""


def _deadline_dates(text: str, nlp) -> list[str]:
    return [d.date for d in extract_text(text, nlp).deadlines]


def test_a_news_page_takes_its_year_from_its_dateline(nlp):
    # no header, no date of its own: the weekday and date under the headline give the year
    text = (
        "Huyện ủy An Lạc chọn 2 đảng bộ tổ chức đại hội điểm\n\n"
        "THỨ BA, 25/02/2024 08:51:00\n\n"
        "Đại hội Đảng bộ xã An Phú dự kiến tổ chức trước ngày 25.3; Huyện ủy chỉ đạo hoàn thiện "
        "dự thảo báo cáo chính trị trước ngày 15.3.\n"
    )
    assert sorted(_deadline_dates(text, nlp)) == ["2024-03-15", "2024-03-25"]


def test_a_text_naming_one_year_gives_it_to_its_other_dates(nlp):
    text = (
        "Huyện ủy đã ban hành kế hoạch chuẩn bị đại hội. Việc tổ chức đại hội các chi bộ hoàn thành "
        "trong tháng 3. Đại hội đảng bộ cơ sở sẽ hoàn thành trong tháng 5.2024.\n"
    )
    assert sorted(_deadline_dates(text, nlp)) == ["2024-03", "2024-05"]


def test_a_text_naming_several_years_leaves_a_bare_month_unresolved(nlp):
    text = (
        "Huyện ủy đã ban hành kế hoạch ngày 12/12/2023. Việc tổ chức đại hội các chi bộ hoàn thành "
        "trong tháng 3. Đại hội đảng bộ cơ sở sẽ hoàn thành trong tháng 5.2024.\n"
    )
    assert _deadline_dates(text, nlp) == ["2024-05"]


def test_an_obliged_completion_is_a_limit_before_its_effect(nlp):
    body = "1. Sửa đổi các quy định liên quan; bảo đảm hoàn thành\ntrước ngày 30/6/2024, có hiệu lực từ ngày 01/7/2024.\n"
    assert _deadline_dates(_HEAD + body, nlp) == ["2024-06-30"]


def test_a_condition_on_what_is_covered_stays_no_limit(nlp):
    body = "1. Các văn bản ban hành trước ngày 30/6/2024, có hiệu lực từ ngày 01/7/2024.\n"
    assert _deadline_dates(_HEAD + body, nlp) == []


def test_a_task_items_time_of_execution(nlp):
    body = (
        "I. RÀ SOÁT VĂN BẢN\n1. Nội dung: Rà soát các văn bản quy phạm pháp luật.\n"
        "2. Cơ quan thực hiện: Sở Tư pháp.\n3. Thời gian thực hiện: Tháng 11, 12/2024 và thường xuyên.\n"
        "II. TUYÊN TRUYỀN\n1. Nội dung: Tuyên truyền trên báo, đài.\n"
        "2. Thời gian thực hiện: Từ tháng 4/2024 trở đi.\n"
    )
    assert _deadline_dates(_HEAD + body, nlp) == ["2024-12"]


def test_a_body_directing_a_party_committee_is_named_alone(nlp):
    text = _HEAD + "Giao Ban Thường vụ Tỉnh ủy chỉ đạo Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo việc rà soát các quy định.\n"
    check_assignments(text, ["Ban Thường vụ Tỉnh ủy"], ["Ban Thường vụ Tỉnh ủy chỉ đạo Đảng ủy Ủy ban nhân dân tỉnh"], nlp)


def test_a_department_and_its_district_twin_are_two_bodies(nlp):
    text = _HEAD + (
        "d) Giao Sở Lao động - Thương binh và Xã hội, phòng Lao động - Thương binh và Xã hội cấp huyện "
        "phối hợp với các ngành rà soát, kiểm tra đối tượng được hỗ trợ.\n"
    )
    check_assignments(
        text,
        ["Sở Lao động - Thương binh và Xã hội", "phòng Lao động - Thương binh và Xã hội cấp huyện"],
        ["Sở Lao động - Thương binh và Xã hội, phòng Lao động - Thương binh và Xã hội cấp huyện"],
        nlp,
    )


def test_a_role_label_under_an_items_letter(nlp):
    text = (
        "BỘ NỘI VỤ\nSố: 12/KH-BNV\nHà Nội, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\nTuyên truyền năm 2024\n\n"
        "I. TUYÊN TRUYỀN\n\n1. Nội dung\n\nTuyên truyền sâu rộng về công tác cải cách hành chính.\n\n"
        "2. Cơ quan chủ trì, phối hợp\n\na) Cơ quan chủ trì: Bộ Thông tin và Truyền thông; Bộ Tài chính.\n\n"
        "b) Cơ quan phối hợp: Đài Truyền hình Việt Nam.\n"
    )
    check_assignments(text, ["Bộ Thông tin và Truyền thông", "Bộ Tài chính", "Đài Truyền hình Việt Nam"], [], nlp)


def test_named_in_article_examples():
    import re

    from plankb.extractors.patterns.bodies import NAMED_IN_ARTICLE, NAMED_IN_ARTICLE_EXAMPLES
    from plankb.extractors.text import fold

    for name, pointer in NAMED_IN_ARTICLE_EXAMPLES:
        assert (re.search(NAMED_IN_ARTICLE, fold(name)) is not None) == pointer, name


def test_bodies_pointed_to_by_an_article_are_no_body(nlp):
    text = (
        "ỦY BAN NHÂN DÂN TỈNH AN LẠC\nSố: 12/QĐ-UBND\nAn Lạc, ngày 10 tháng 3 năm 2024\nQUYẾT ĐỊNH\n"
        "Về việc giao kế hoạch vốn năm 2024\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Giao kế hoạch vốn năm 2024 cho các đơn vị theo phụ lục kèm theo.\n\n"
        "Điều 2. Các cơ quan, đơn vị, địa phương được giao kế hoạch vốn nêu tại Điều 1 Quyết định này chịu trách nhiệm "
        "tổ chức thực hiện đúng quy định.\n\nĐiều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.\n"
    )
    check_assignments(
        text,
        ["Giám đốc Sở Tài chính"],
        ["Các cơ quan, đơn vị, địa phương được giao kế hoạch vốn nêu tại Điều 1 Quyết định này"],
        nlp,
    )


def test_answering_a_petition_ends_the_name(nlp):
    text = _HEAD + "1. Giao Sở Tài nguyên và Môi trường phối hợp với Sở Công Thương trả lời đơn của công dân trước ngày 30/4/2024.\n"
    check_assignments(text, ["Sở Công Thương"], ["Sở Công Thương trả lời đơn của công dân"], nlp)


def test_the_issuer_closing_its_answer_is_given_no_task(nlp):
    text = (
        "Bộ Nội vụ nhận được Công văn số 12/UBND-VX ngày 02/3/2024 của Ủy ban nhân dân tỉnh An Lạc về chế độ "
        "đối với cán bộ xã. Về vấn đề này, Bộ Nội vụ có ý kiến như sau: chế độ được thực hiện theo quy định hiện hành.\n"
        "Bộ Nội vụ trả lời để Ủy ban nhân dân tỉnh An Lạc được rõ./.\n"
    )
    check_assignments(text, [], ["Bộ Nội vụ"], nlp)
