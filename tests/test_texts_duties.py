"""A section of duties apart from "Tổ chức thực hiện" ("IV. NHIỆM VỤ CỤ THỂ"), and names that
list kinds of units ("các xã, phường và đặc khu")."""

from __future__ import annotations

import pytest

from plankb.extractors.names import body_end
from plankb.extractors.patterns.bodies import DUTY_EXAMPLES
from plankb.extractors.text import fold
from tests.conftest import PLAN_OPENING, extract_text


def bodies(text: str, nlp) -> list[str]:
    return [a.body for a in extract_text(PLAN_OPENING + text, nlp).assignments]


@pytest.mark.parametrize("text, body", DUTY_EXAMPLES)
def test_a_section_of_duties_names_who_holds_them(text, body, nlp):
    assert body in bodies(text, nlp)


def test_sentences_of_a_section_of_duties_describe_work(nlp):
    # its sentences tell how the work goes; only its headings and labels give tasks
    text = "IV. NHIỆM VỤ CỤ THỂ\n1. Tuyên truyền\nBáo Tiền Phong mở chuyên mục trên báo điện tử.\n"
    assert bodies(text, nlp) == []


def test_a_duty_heading_that_is_a_sentence_names_no_one(nlp):
    text = "IV. NHIỆM VỤ CỤ THỂ\n1. Trách nhiệm của người dân là chấp hành pháp luật.\n- Tuyên truyền.\n"
    assert bodies(text, nlp) == []


@pytest.mark.parametrize(
    "text, body",
    [("Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu chịu trách nhiệm thi hành",
      "Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu"),
     ("Ủy ban nhân dân các huyện, thị xã và thành phố tổ chức thực hiện", "Ủy ban nhân dân các huyện, thị xã và thành phố"),
     ("Ủy ban nhân dân các xã và xây dựng kế hoạch", "Ủy ban nhân dân các xã"),
     ("Ủy ban nhân dân xã tổ chức hội nghị tiếp xúc cử tri", "Ủy ban nhân dân xã"),
     ("Các tổ chức chính trị - xã hội thực hiện", "Các tổ chức chính trị - xã hội")],
)
def test_where_a_name_ends(text, body):
    assert text[: body_end(fold(text), 0, len(text), text)].strip() == body


def test_a_request_whose_speaker_was_wrapped_over_two_lines(nlp):
    # a web page wraps anywhere: "..., Sở" over "Giáo dục và Đào tạo đề nghị UBND các xã, phường ..."
    text = (
        "II. NỘI DUNG\nNhằm bảo đảm sức khỏe cho học sinh, Sở\n"
        "Giáo dục và Đào tạo đề nghị UBND các xã, phường thực hiện nghiêm túc.\n"
    )
    assert "UBND các xã, phường" in bodies(text, nlp)


def test_a_request_inside_a_wrapped_clause_of_another_kind_is_no_task(nlp):
    text = "II. NỘI DUNG\nTổng hợp kết quả, lập hồ sơ\nvà đề nghị Ủy ban nhân dân tỉnh khen thưởng.\n"
    assert bodies(text, nlp) == []


def test_a_request_item_names_whom_it_asks_on_its_heading_line(nlp):
    # "6. Đề nghị: ..." inside "Tổ chức thực hiện" is a request, not a report's petition section;
    # its list of names is wrapped after a lone head ("Hiệp hội" over "Doanh nghiệp tỉnh")
    text = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\nTổng hợp kết quả.\n\n6. Đề nghị: Hiệp hội\n"
        "Doanh nghiệp tỉnh, Hội Nông dân tỉnh\n\na) Tuyên truyền, vận động hội viên.\n\n"
        "b) Phối hợp với Sở Khoa học và Công nghệ.\n"
    )
    found = bodies(text, nlp)
    assert "Hiệp hội Doanh nghiệp tỉnh" in found and "Hội Nông dân tỉnh" in found


def test_a_petition_section_asks_no_one_a_task(nlp):
    text = "II. KẾT QUẢ\nĐã hoàn thành.\n\nIII. ĐỀ NGHỊ\nTrân trọng đề nghị Ban Bí thư quan tâm chỉ đạo.\n"
    assert bodies(text, nlp) == []


def test_the_ministries_as_a_kind_are_a_body(nlp):
    text = (
        "II. TỔ CHỨC THỰC HIỆN\n- Cơ quan phối hợp: các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và "
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n"
    )
    found = bodies(text, nlp)
    assert "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ" in found
    assert "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" in found


def test_a_kind_before_a_colon_and_its_names_is_no_body(nlp):
    text = "II. TỔ CHỨC THỰC HIỆN\n8. Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp phương tiện.\n"
    assert "Các Bộ" not in bodies(text, nlp)


@pytest.mark.parametrize(
    "line, named",
    [("- Chủ trì: Người đứng đầu cơ quan.\n", None),
     ("Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm triển khai thực hiện.\n", "Thủ trưởng các cơ quan, đơn vị")],
)
def test_the_head_of_one_unnamed_body_is_no_one_named(line, named, nlp):
    found = bodies("II. TỔ CHỨC THỰC HIỆN\n" + line, nlp)
    assert found == ([named] if named else [])


def test_the_party_committees_and_the_government_are_two_bodies(nlp):
    text = "II. TỔ CHỨC THỰC HIỆN\nYêu cầu các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc tỉnh triển khai thực hiện.\n"
    found = bodies(text, nlp)
    assert "các cấp ủy đảng" in found and "chính quyền" in found and "Mặt trận Tổ quốc tỉnh" in found


def test_kinds_of_one_system_stay_one_body(nlp):
    text = "II. TỔ CHỨC THỰC HIỆN\nYêu cầu các sở, ban, ngành tỉnh triển khai thực hiện.\n"
    assert bodies(text, nlp) == ["các sở, ban, ngành tỉnh"]


def test_the_directly_subordinate_unions_head_their_own_item(nlp):
    text = "III. TỔ CHỨC THỰC HIỆN\n3. Các Đoàn trực thuộc\nXây dựng kế hoạch triển khai phong trào.\n"
    assert bodies(text, nlp) == ["Các Đoàn trực thuộc"]


@pytest.mark.parametrize(
    "sentence, named",
    [("Sau mỗi đợt, Ban Tổ chức Thành ủy tham mưu trình Thường trực Thành ủy phân công các đồng chí Ủy viên Ban Thường vụ dự, trao tặng Huy hiệu.", []),
     ("Công văn nêu: Xét Tờ trình của Sở, Thủ tướng Chính phủ Phạm Minh Chính đã yêu cầu Bộ Xây dựng đẩy nhanh tiến độ.", ["Bộ Xây dựng"]),
     ("Tổ chức Lễ trao tặng; phân công cấp ủy dự và trao tặng Huy hiệu Đảng cho đảng viên.", [])],
)
def test_a_procedure_a_body_follows_gives_no_task(sentence, named, nlp):
    assert bodies("II. NỘI DUNG\n" + sentence + "\n", nlp) == named


def test_a_topic_after_for_is_no_body(nlp):
    text = "III. TỔ CHỨC THỰC HIỆN\n5. Đối với tài sản công tại cơ quan\n- Kiểm kê theo quy định.\n"
    assert bodies(text, nlp) == []


def test_villages_and_an_inspection_team_head_their_items(nlp):
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n2. Tổ kiểm tra liên ngành trật tự đô thị\n- Kiểm tra, xử lý vi phạm.\n\n"
        "3. Đối với các Thôn, Xóm, Tổ dân phố\n- Tuyên truyền đến từng hộ gia đình.\n"
    )
    found = bodies(text, nlp)
    assert "Tổ kiểm tra liên ngành trật tự đô thị" in found and "các Thôn, Xóm, Tổ dân phố" in found


def test_a_body_named_before_and_pointed_back_to_is_not_named_again(nlp):
    text = "III. TỔ CHỨC THỰC HIỆN\nCơ quan có thẩm quyền thành lập cơ quan, tổ chức, đơn vị đó có trách nhiệm xác minh.\n"
    assert "đơn vị đó" not in bodies(text, nlp)


def test_a_merged_press_agency_is_a_body(nlp):
    text = "III. TỔ CHỨC THỰC HIỆN\nSở Tư pháp; Báo và Phát thanh, Truyền hình tỉnh tuyên truyền kế hoạch.\n"
    assert "Báo và Phát thanh, Truyền hình tỉnh" in bodies(text, nlp)


LETTER = """BAN CHẤP HÀNH TRUNG ƯƠNG
ĐOÀN TNCS HỒ CHÍ MINH
Số: 45-CV/TWĐTN-BTC
Hà Nội, ngày 27 tháng 7 năm 2023
V/v góp ý dự thảo Hướng dẫn

Kính gửi: - Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc;
- Văn phòng, các ban, đơn vị thuộc Trung ương Đoàn.

"""


def test_a_letter_asks_its_addressees(nlp):
    text = LETTER + "Ban Bí thư Trung ương Đoàn đề nghị các đơn vị có ý kiến góp ý về dự thảo Hướng dẫn.\n"
    found = [a.body for a in extract_text(text, nlp).assignments]
    assert found == ["Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc", "Văn phòng, các ban, đơn vị thuộc Trung ương Đoàn"]


def test_a_letter_that_asks_no_one_gives_its_addressees_nothing(nlp):
    text = LETTER + "Dự thảo Hướng dẫn gửi kèm theo công văn này.\n"
    assert extract_text(text, nlp).assignments == []


def test_an_article_listing_a_teams_duties_names_the_team(nlp):
    text = (
        "QUYẾT ĐỊNH\nVề việc thành lập Tổ tiếp công dân\n\n"
        "Điều 1. Thành lập Tổ tiếp công dân, xử lý đơn thư, gồm các thành viên:\n1. Bà Nguyễn Thị A - Tổ trưởng.\n"
        "Điều 2. Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo của công dân:\n"
        "- Tiếp nhận, phân loại, tổng hợp các đơn thư.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    found = [a.body for a in extract_text(PLAN_OPENING.split("KẾ HOẠCH")[0] + text, nlp).assignments]
    assert "Tổ tiếp công dân, xử lý khiếu nại, tố cáo của công dân" in found
