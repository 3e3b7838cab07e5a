"""Short web copies of 2024-2026 documents: a news headline that names the document without its
number, the lead that states it with its number. Made-up text written in those conventions."""

from __future__ import annotations

from plankb.extractors.fields.identity import find_announcement
from plankb.extractors.text import normalize


def _found(page: str):
    found = find_announcement(normalize(page))
    assert found is not None
    return found


def test_the_lead_gives_the_decision_that_issues_the_plan_of_the_headline():
    page = (
        "Hà Tĩnh ban hành Kế hoạch hành động thực hiện chuyển đổi số năm 2026\n\n"
        "Chủ tịch UBND tỉnh Trần Văn Bình vừa ký Quyết định số 315/QĐ-UBND về việc ban hành Kế hoạch hành động "
        "thực hiện chuyển đổi số năm 2026 trên địa bàn tỉnh.\n\nTheo đó, kế hoạch xác định 6 nhóm nhiệm vụ.\n"
    )
    found = _found(page)
    assert (found.doc_type, found.symbol.text) == ("QĐ", "315/QĐ-UBND")
    assert found.title.startswith("về việc ban hành Kế hoạch hành động")


def test_the_lead_numbers_the_plan_of_the_headline():
    page = (
        "Xã Phú Lộc ban hành Kế hoạch tổ chức Ngày hội Đại đoàn kết\n\n"
        "Ngày 12/10/2025, UBND xã Phú Lộc ban hành Kế hoạch số 88/KH-UBND về tổ chức Ngày hội Đại đoàn kết "
        "toàn dân tộc năm 2025.\n"
    )
    found = _found(page)
    assert (found.doc_type, found.symbol.text, found.date) == ("KH", "88/KH-UBND", "2025-10-12")


def test_a_numbered_document_of_another_kind_is_not_the_headlines():
    # The lead cites a resolution the plan carries out: the page still announces the plan.
    page = (
        "Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết về chuyển đổi số\n\n"
        "Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW. "
        "Trước đó, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học.\n"
    )
    found = _found(page)
    assert found.doc_type == "KH" and found.symbol is None


# --- a heading whose lines a copy joined -------------------------------------------------------

from plankb.extractors.layout import find_layout  # noqa: E402

_HEADER = (
    "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 31/KH-UBND\nAn Phú, ngày 02 tháng 10 năm 2025\n"
)


def _title(text: str) -> str:
    layout = find_layout(normalize(text).text)
    return " ".join(ln.stripped for ln in layout.title_lines)


def test_type_name_and_a_summary_in_sentence_case_on_one_line():
    text = _HEADER + "KẾ HOẠCH Triển khai chuyển đổi số trên địa bàn xã năm 2026\nI. MỤC ĐÍCH\n"
    assert _title(text) == "Triển khai chuyển đổi số trên địa bàn xã năm 2026"


def test_the_grounds_run_on_the_summary_are_cut_off():
    for heading in (
        "KẾ HOẠCH\nTriển khai chuyển đổi số trên địa bàn xã năm 2026 Căn cứ Luật Giao dịch điện tử;\n",
        "KẾ HOẠCH Triển khai chuyển đổi số trên địa bàn xã năm 2026 Căn cứ Luật Giao dịch điện tử;\n",
        "KẾ HOẠCH TRIỂN KHAI CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN XÃ NĂM 2026 Căn cứ Luật Giao dịch điện tử;\n",
    ):
        assert fold_words(_title(_HEADER + heading)) == "triển khai chuyển đổi số trên địa bàn xã năm 2026"


def test_grounds_in_small_letters_belong_to_the_summary():
    text = _HEADER + "KẾ HOẠCH\nRà soát văn bản căn cứ kết quả kiểm tra năm 2025\nI. MỤC ĐÍCH\n"
    assert _title(text) == "Rà soát văn bản căn cứ kết quả kiểm tra năm 2025"


def fold_words(s: str) -> str:
    return " ".join(s.lower().split())


# --- a letter's symbol that lost the hyphen before its drafting unit ---------------------------

from plankb.extractors.patterns.issuer_codes import LETTER_UNIT_EXAMPLES  # noqa: E402
from plankb.extractors.symbols import find_symbols, letter_unit  # noqa: E402


def test_letter_unit_examples():
    for code, expected in LETTER_UNIT_EXAMPLES:
        assert letter_unit(code) == expected


def test_a_letters_lost_hyphen_is_put_back():
    assert [s.text for s in find_symbols("theo Công văn số 771/BTCQLCS ngày 02/5/2025")] == ["771/BTC-QLCS"]
    assert [s.text for s in find_symbols("Số: 604/SNVTCBC")] == ["604/SNV-TCBC"]


def test_known_codes_and_party_symbols_stay_whole():
    assert letter_unit("UBND") is None and letter_unit("BTGDVTW") is None
    assert [s.text for s in find_symbols("Kế hoạch số 12-KH/BTCHU")] == ["12-KH/BTCHU"]


# --- a header whose rows a copy flattened to one line ------------------------------------------

from tests.conftest import extract_text  # noqa: E402


def _header(text: str, nlp) -> dict:
    rec = extract_text(text, nlp)
    return {"symbol": rec.symbol, "issuer": rec.issuer.name if rec.issuer else None, "date": rec.date}


def test_a_party_header_flattened_to_one_line(nlp):
    text = (
        "ĐẢNG BỘ TỈNH AN GIANG ĐẢNG ỦY XÃ VĨNH PHÚ * Số 31-KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Vĩnh Phú, ngày 02 tháng 9 năm 2025\n"
        "KẾ HOẠCH\ntuyên truyền Nghị quyết Đại hội Đảng bộ xã\nThực hiện Hướng dẫn của Ban Tuyên giáo và Dân vận Tỉnh ủy,\n"
    )
    assert _header(text, nlp) == {"symbol": "31-KH/ĐU", "issuer": "Đảng ủy xã Vĩnh Phú", "date": "2025-09-02"}


def test_a_state_header_flattened_to_one_line(nlp):
    text = (
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "Số: 712/SNV-CCVC Lào Cai, ngày 09 tháng 10 năm 2025\nV/v rà soát công chức cấp xã\n"
        "Kính gửi: Ủy ban nhân dân các xã, phường\n"
    )
    assert _header(text, nlp) == {"symbol": "712/SNV-CCVC", "issuer": "Sở Nội vụ tỉnh Lào Cai", "date": "2025-10-09"}


# --- names of 2025 bodies and of Party cells in a header ---------------------------------------

def test_a_party_cell_named_by_its_numbered_village(nlp):
    text = (
        "ĐẢNG BỘ XÃ HÒA PHÚ\nCHI BỘ THÔN 3\n*\nSố 05-NQ/CB\nĐẢNG CỘNG SẢN VIỆT NAM\nHòa Phú, ngày 05 tháng 9 năm 2025\n"
        "NGHỊ QUYẾT\nvề nhiệm vụ tháng 9 năm 2025\nChi bộ họp ngày 04/9/2025,\n"
    )
    assert _header(text, nlp)["issuer"] == "Chi bộ thôn 3"


def test_a_one_stop_centre_wrapped_in_a_narrow_cell(nlp):
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nTRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG\nSố: 88/TB-TTPVHCC\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Trị, ngày 10 tháng 10 năm 2025\n"
        "THÔNG BÁO\nVề việc tiếp nhận hồ sơ trực tuyến\nTrung tâm thông báo như sau:\n"
    )
    assert _header(text, nlp)["issuer"].lower() == "trung tâm phục vụ hành chính công tỉnh quảng trị"


# --- a legal portal's record page without the document's text ---------------------------------

def test_the_summary_and_body_from_the_portal_heading(nlp):
    text = (
        "Quyết định 640/QĐ-UBND năm 2025 phê duyệt quy hoạch mạng lưới trường học do Ủy ban nhân dân tỉnh Phú Thọ ban hành\n"
        "Số hiệu: 640/QĐ-UBND Loại văn bản: Quyết định\nNgười ký: Nguyễn Văn An\nNgày ban hành: 14/08/2025\n"
        "Vui lòng đăng nhập để xem nội dung.\n"
    )
    rec = extract_text(text, nlp)
    assert rec.title == "phê duyệt quy hoạch mạng lưới trường học"
    assert rec.issuer.name == "Ủy ban nhân dân tỉnh Phú Thọ"


def test_a_heading_of_another_record_is_not_read(nlp):
    text = (
        "Quyết định 641/QĐ-UBND năm 2025 phê duyệt quy hoạch mạng lưới trường học\n"
        "Số hiệu: 640/QĐ-UBND Loại văn bản: Quyết định\nNgày ban hành: 14/08/2025\n"
    )
    assert extract_text(text, nlp).title is None
