"""Session 14 (party14): conventions of web copies of Party documents, on made-up text."""

from __future__ import annotations

import re

from plankb.extractors.patterns import identity as P
from plankb.extractors.text import normalize
from plankb.extractors.unscramble import could_be, is_scrambled, placements, unscramble_edits
from tests.conftest import extract_text

# A made-up notice scrambled the way copying sites scramble: plain vowels marked, "d" made "đ",
# marked letters left alone.
SCRAMBLED = (
    "KẾT LỦẬN 45-KL/TW CỦÀ BỘ CHÍNH TRỊ, BẠN BÍ THƯ VỀ TỈẾP TỤC ĐỔÌ MỚÍ CÔNG TÁC KỈỂM TRÃ\n"
    "Tạĩ phịên họp ngàỷ 10/3/2024, sãù khỉ nghé Bàn Tổ chức Trùng ương báỏ cáô, Bộ Chính trị, Bạn Bí thư "
    "có ý kíến như sàụ:\n1. Tĩếp tục thực hịện Kết lúận số 12-KL/TW, ngàỹ 04/01/2023 củá Bộ Chính trị "
    "về công tác cán bộ khóá XĨÌÍ; các cấp úỷ, tổ chức đảng tập trũng lãnh đạô, chỉ đạọ thực hĩện.\n"
)


def test_could_be_keeps_marked_letters():
    assert could_be("bạn", "ban")  # a plain vowel marked
    assert could_be("đúng", "dung")  # "d" made "đ"
    assert not could_be("ban", "bạn")  # a marked letter is never unmarked by the copy
    assert not could_be("bận", "bạn")


def test_placements_old_and_new():
    assert placements("ủy") == ["ủy", "uỷ"]
    assert placements("hòa") == ["hòa", "hoà"]
    assert placements("của") == ["của"]


def test_scrambled_text_is_repaired():
    assert is_scrambled(SCRAMBLED)
    text = normalize(SCRAMBLED).text
    assert text.startswith("KẾT LUẬN 45-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ")
    assert "Ban Bí thư có ý kiến như sau" in text
    assert "ngày 04/01/2023 của Bộ Chính trị" in text
    assert "XIII" in text


def test_ordinary_text_is_left_alone():
    plain = "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng quán triệt Kết luận số 12-KL/TW, ngày 04/01/2023. " * 5
    assert not is_scrambled(plain)
    assert unscramble_edits(plain) == []
    # a few words with two tone marks (an OCR slip, a name) do not make a text scrambled
    assert not is_scrambled(plain + " Kéẻ Thuỷỷ Lỏẻ")


def test_lead_in_to_content_ends_the_subject():
    for lead, subject in (
        ("thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I với những nội dung chủ yếu sau:", "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I"),
        ("về phát triển du lịch năm 2026 cụ thể như sau:", "về phát triển du lịch năm 2026"),
        ("về chuyển đổi số với các nội dung sau", "về chuyển đổi số"),
    ):
        m = P.CONTENT_LEAD_IN.search(lead)
        assert m and lead[: m.start()] == subject
    assert P.CONTENT_LEAD_IN.search("về nội dung sau đại hội đảng bộ các cấp") is None


def test_grounds_clause_ends_the_subject():
    lead = "về tình hình tổ chức Tết Nguyên đán, trên cơ sở xem xét Báo cáo số 12-BC/VPTU của Văn phòng Tỉnh ủy"
    m = P.SUBJECT_CLAUSE.search(lead)
    assert m and lead[: m.start()] == "về tình hình tổ chức Tết Nguyên đán"


def test_first_citation_with_its_own_issuer_keeps_no_date_of_the_next(nlp):
    text = (
        "Thực hiện Kết luận số 21-KL/TW, ngày 14/01/2024 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết "
        "số 28-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII và Kết luận số 36-KL/TW, ngày 04/02/2024 của Bộ Chính "
        "trị, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt.\n"
    )
    dates = {r.symbol: r.date for r in extract_text(text, nlp).references}
    assert dates == {"21-KL/TW": "2024-01-14", "28-NQ/TW": None, "36-KL/TW": "2024-02-04"}
    # one issuer written once after the pair: the date is both's
    text = "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.\n"
    dates = {r.symbol: r.date for r in extract_text(text, nlp).references}
    assert dates == {"217-QĐ/TW": "2013-12-12", "218-QĐ/TW": "2013-12-12"}


def test_no_regex_surprise():
    assert re.compile(P.CONTENT_LEAD_IN.pattern)


def test_summary_cut_by_the_excerpt_is_taken_whole_from_the_headline(nlp):
    text = (
        "Hướng dẫn tổ chức các hoạt động kỷ niệm ngày thành lập tỉnh năm 2024\n"
        "Ngày cập nhật 02/01/2024\n\n"
        "BBT đăng toàn văn Hướng dẫn.\n\n"
        "HƯỚNG DẪN\n\n"
        "Tổ chức các hoạt động kỷ niệm ngày thành"
    )
    assert extract_text(text, nlp).title == "Tổ chức các hoạt động kỷ niệm ngày thành lập tỉnh năm 2024"
    # a summary the excerpt keeps whole is left as it is
    whole = text + " lập tỉnh năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Tuyên truyền sâu rộng.\n"
    assert extract_text(whole, nlp).title == "Tổ chức các hoạt động kỷ niệm ngày thành lập tỉnh năm 2024"


def test_co_issuer_in_a_headline_in_capitals(nlp):
    text = (
        "KẾT LUẬN 45-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TIẾP TỤC ĐỔI MỚI CÔNG TÁC KIỂM TRA\n"
        "Tại phiên họp ngày 10/3/2024, Bộ Chính trị, Ban Bí thư có ý kiến như sau:\n1. Tiếp tục thực hiện.\n"
    )
    record = extract_text(text, nlp)
    assert (record.doc_type, record.symbol) == ("KL", "45-KL/TW")
    assert record.title == "VỀ TIẾP TỤC ĐỔI MỚI CÔNG TÁC KIỂM TRA"
