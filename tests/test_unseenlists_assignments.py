"""Assignments in conventions met on documents from outside the shared sets (made-up texts in
those conventions): a kind heading a list of names after a colon, a leader's request in a
Government Office letter, a passive sentence, and an article "Tổ chức thực hiện" over numbered
clauses."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.bodies import KIND_LIST_EXAMPLES, SPEAKER_EXAMPLES
from tests.conftest import assigned_bodies, body_key, check_assignments, extract_text

DECISION = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 45/QĐ-UBND
An Lạc, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch thời gian năm học

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN LẠC

QUYẾT ĐỊNH:

Điều 1. Ban hành Kế hoạch thời gian năm học.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
DIRECTIVE = """THỦ TƯỚNG CHÍNH PHỦ
Số: 12/CT-TTg
Hà Nội, ngày 05 tháng 3 năm 2024

CHỈ THỊ
Về công tác phòng, chống thiên tai

Thủ tướng Chính phủ yêu cầu:
"""
OFFICE_LETTER = """VĂN PHÒNG CHÍNH PHỦ
Số: 1234/VPCP-KGVX
V/v ban hành Thông tư hướng dẫn
Hà Nội, ngày 05 tháng 3 năm 2024

Kính gửi: Bộ Tài chính

"""
UNION_LETTER = """BAN CHẤP HÀNH TỈNH ĐOÀN AN LẠC
Số: 15-CV/TĐTN-VP
V/v tổ chức Đại hội Đoàn các cấp
An Lạc, ngày 05 tháng 3 năm 2024

Kính gửi: Ban Thường vụ các huyện, thị, thành đoàn

"""
RULES = """BAN CHẤP HÀNH TỈNH ĐOÀN AN LẠC
Số: 20-QĐ/TĐTN-BTC
An Lạc, ngày 05 tháng 3 năm 2024

QUY ĐỊNH
Về chế độ học tập của cán bộ Đoàn

Điều 1. Phạm vi áp dụng
Quy định này áp dụng đối với cán bộ Đoàn các cấp.
Điều 2. Tổ chức thực hiện
1. Ban Tổ chức Tỉnh đoàn theo dõi, đánh giá việc thực hiện Quy định này.
2. Ban Tuyên giáo Tỉnh đoàn tham mưu kế hoạch học tập các nghị quyết.
3. Ban Thường vụ các huyện, thị, thành đoàn xây dựng kế hoạch triển khai của đơn vị.
Điều 3. Hiệu lực thi hành
Quy định này có hiệu lực kể từ ngày ký.
"""
PLAN = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 12/KH-UBND
An Lạc, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Hỗ trợ nhà ở cho người có công

I. MỤC ĐÍCH, YÊU CẦU
Hỗ trợ đúng đối tượng.

II. NỘI DUNG
Rà soát, lập danh sách.

"""
SIGN = "\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n"

CASES = [
    ("execution_clause_kind_list", DECISION.replace(
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Giáo dục và "
        "Đào tạo, Tài chính, Văn hóa, Thể thao và Du lịch; Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này./.\n"),
        SIGN, ["Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch", "Chánh Văn phòng Ủy ban nhân dân tỉnh"],
        ["Giám đốc các sở: Giáo dục và Đào tạo, Tài chính, Văn hóa, Thể thao và Du lịch", "Sở Văn hóa", "Sở Thể thao và Du lịch"]),
    ("kind_list_item", DIRECTIVE, "1. Bộ Y tế chỉ đạo bảo đảm dịch vụ y tế.\n2. Các Bộ: Quốc phòng, Công an kịp thời hỗ trợ phương tiện cho địa phương./.\n" + SIGN,
        ["Bộ Y tế", "Bộ Quốc phòng", "Bộ Công an"], ["Các Bộ"]),
    ("kind_list_of_addressees_gives_no_task", DIRECTIVE.replace("Thủ tướng Chính phủ yêu cầu:\n", "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Các Bộ: Xây dựng, Công\nThương;\n\n"),
        "Bộ Y tế chỉ đạo bảo đảm dịch vụ y tế./.\n" + SIGN, ["Bộ Y tế"], ["Bộ Xây dựng", "Bộ Công"]),
    ("deputy_prime_minister_asks", OFFICE_LETTER, "Phó Thủ tướng Nguyễn Văn An yêu cầu Bộ Tài chính khẩn trương ban hành Thông tư, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 5 năm 2024.\n"
        "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nTrần Văn Bình\n", ["Bộ Tài chính"], ["Thủ tướng Chính phủ"]),
    ("passive_sentence_arranges_no_one", UNION_LETTER, "Đoàn Chủ tịch được bố trí ngồi ở giữa sân khấu, theo chức vụ.\n"
        "Ban Thường vụ Tỉnh đoàn đề nghị các huyện, thị, thành đoàn triển khai thực hiện.\n" + SIGN,
        ["các huyện, thị, thành đoàn"], ["Đoàn Chủ tịch"]),
    ("article_over_numbered_clauses", RULES, SIGN, ["Ban Tổ chức Tỉnh đoàn", "Ban Tuyên giáo Tỉnh đoàn", "Ban Thường vụ các huyện, thị, thành đoàn"], []),
    ("grouping_headings", PLAN, "III. TỔ CHỨC THỰC HIỆN\n1. Đối với Ủy ban nhân dân các cấp\n1.1. Ủy ban nhân dân tỉnh:\n- Bố trí kinh phí thực hiện.\n"
        "1.2. Ủy ban nhân dân các huyện:\n- Tổng hợp danh sách.\n2. Các Sở, ngành có liên quan\n2.1. Sở Xây dựng:\n- Thiết kế mẫu nhà.\n"
        "2.2. Sở Tài chính:\n- Thanh tra, kiểm tra, xử lý theo thẩm quyền.\n3. Đối với các tổ chức khác\nĐề nghị Hội Cựu chiến binh tỉnh, Tỉnh đoàn vận động hội viên tham gia.\n" + SIGN,
        ["Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện", "Sở Xây dựng", "Sở Tài chính", "Hội Cựu chiến binh tỉnh", "Tỉnh đoàn"],
        ["Ủy ban nhân dân các cấp", "Các Sở, ngành có liên quan", "các tổ chức khác", "Thanh tra"]),
    ("bracketed_aside_before_the_verb", RULES.replace("Quy định này áp dụng đối với cán bộ Đoàn các cấp.",
        "Ban Thường vụ Đoàn các cấp (đối với những đơn vị có Ban Thường vụ) có trách nhiệm kiểm tra việc thực hiện."), SIGN,
        ["Ban Thường vụ Đoàn các cấp"], []),
    ("office_of_council_and_committee", DECISION.replace(
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
        "Điều 2. Giao Sở Tài chính phối hợp với Sở Y tế và Ủy ban nhân dân các huyện lập thủ tục cấp kinh phí.\n"
        "Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n"),
        SIGN, ["Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh", "Sở Tài chính", "Sở Y tế", "Ủy ban nhân dân các huyện"],
        ["Chánh Văn phòng Hội đồng nhân dân", "Ủy ban nhân dân tỉnh"]),
    ("courtesy_quy_bo", OFFICE_LETTER, "Văn phòng Chính phủ đề nghị quý Bộ khẩn trương có báo cáo về tình hình thực hiện.\n" + SIGN, ["Bộ Tài chính"], []),
    ("lead_in_a_responsibility_clause", OFFICE_LETTER.replace("Kính gửi: Bộ Tài chính", "| Kính gửi: | - Bộ Quốc phòng; - Bộ Tài chính |"),
        "Thủ tướng Chính phủ có ý kiến như sau:\n1. Bộ Quốc phòng chủ trì, phối hợp với Bộ Tài chính chịu trách nhiệm hướng dẫn thực hiện.\n" + SIGN,
        ["Bộ Quốc phòng", "Bộ Tài chính"], ["Bộ Quốc phòng chủ trì", "- Bộ Tài chính"]),
    ("annexed_plan_content", DECISION.replace(
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n"),
        "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\nKẾ HOẠCH\nThời gian năm học (Ban hành kèm theo Quyết định số 45/QĐ-UBND)\n\n"
        "I. NỘI DUNG\n1. Lập danh sách\nỦy ban nhân dân các xã lập danh sách học sinh, gửi Phòng Giáo dục và Đào tạo.\n"
        "2. Thẩm định\nSở Tài chính thẩm định kinh phí thực hiện, báo cáo Ủy ban nhân dân tỉnh.\n",
        ["Ủy ban nhân dân các xã", "Sở Tài chính"], ["Ủy ban nhân dân tỉnh"]),
]


@pytest.mark.parametrize("opening, text, assigned, not_assigned", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_assignments_in_unseen_conventions(opening, text, assigned, not_assigned, nlp):
    check_assignments(opening + text, assigned, not_assigned, nlp)


@pytest.mark.parametrize("listed, names", KIND_LIST_EXAMPLES)
def test_kind_list_examples(listed, names, nlp):
    text = DECISION.replace("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
                            f"Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. {listed} chịu trách nhiệm thi hành Quyết định này./.\n") + SIGN
    found = assigned_bodies(text, nlp)
    assert {body_key(n) for n in names} <= found, sorted(found)


@pytest.mark.parametrize("sentence, body", SPEAKER_EXAMPLES)
def test_speaker_examples(sentence, body, nlp):
    found = assigned_bodies(OFFICE_LETTER + sentence + "\n" + SIGN, nlp)
    assert body_key(body) in found, sorted(found)


def test_reference_dated_by_the_sentence_that_reports_it(nlp):
    text = OFFICE_LETTER + "Ngày 19 tháng 9 năm 2023, Văn phòng Chính phủ có văn bản số 349/TB-VPCP thông báo ý kiến chỉ đạo.\n" + SIGN
    refs = {r.symbol: r.date for r in extract_text(text, nlp).references}
    assert refs.get("349/TB-VPCP") == "2023-09-19", refs
