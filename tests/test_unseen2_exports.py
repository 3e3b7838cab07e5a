"""Web exports of whole documents as markdown tables: the closing row (Nơi nhận | signature) keeps
the signer, the signature cell being one line ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A").
Made-up text written in the convention."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.bodies import ADDRESSEE_POST_EXAMPLES
from plankb.extractors.patterns.layout_markers import NAME_GOES_ON_EXAMPLES
from plankb.extractors.text import _signature_cell_lines, _spaced_name, normalize
from tests.conftest import extract_text

HEADER = (
    "| BỘ KHOA HỌC VÀ CÔNG NGHỆ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n"
    "|---|---|\n"
    "| Số: 1234/BKHCN-VP V/v báo cáo kết quả thực hiện nhiệm vụ | Hà Nội, ngày 12 tháng 3 năm 2024 |\n\n"
    "Kính gửi: Sở Khoa học và Công nghệ các tỉnh.\n\n"
    "Đề nghị các Sở gửi báo cáo về Bộ trước ngày 30 tháng 4 năm 2024./.\n\n"
)

CLOSINGS = [
    ("two cells", "| Nơi nhận: - Như trên; - Lưu: VT, VP. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Minh Khoa |\n", "Trần Minh Khoa"),
    ("empty first cell", "|  | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Hoa |\n", "Lê Thị Hoa"),
    ("row left open", "| Nơi nhận: - Như trên; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Phạm Quốc Bảo\n", "Phạm Quốc Bảo"),
    ("letter-spaced name", "| Nơi nhận: - Như trên; - Lưu: VT. | BỘ TRƯỞNG Đặ ng Văn Tâm |\n", "Đặng Văn Tâm"),
]


@pytest.mark.parametrize("closing, signer", [c[1:] for c in CLOSINGS], ids=[c[0] for c in CLOSINGS])
def test_signer_of_a_closing_table_row(closing, signer, nlp):
    rec = extract_text(HEADER + closing, nlp)
    assert rec.signer is not None and rec.signer.name == signer


@pytest.mark.parametrize(
    "cell, lines",
    [
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Nguyễn Văn An", ["KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM", "Nguyễn Văn An"]),
        ("CHỦ TỊCH Hoàng Văn Bình", ["CHỦ TỊCH", "Hoàng Văn Bình"]),
        # Not a signature: a body's name, a sentence, capitals without a name, a name without a title.
        ("Sở Tài chính Nguyễn Văn An", None),
        ("Ủy ban nhân dân tỉnh chủ trì Nguyễn Văn An", None),
        ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", None),
        ("Nguyễn Văn An", None),
        ("GIÁM ĐỐC Sở Nội Vụ Tỉnh", None),  # capitalised words, but no family name first
    ],
)
def test_signature_cell_lines(cell, lines):
    assert _signature_cell_lines(cell) == lines


def test_spaced_name_joins_only_pieces_of_one_syllable():
    assert _spaced_name("Đặ ng Văn Minh") == "Đặng Văn Minh"
    assert _spaced_name("Nguyễn Văn An") == "Nguyễn Văn An"


def test_table_of_the_body_stays_a_row():
    # A three-column task row holding a person's name is not a signature: kept as one tab-separated line.
    text = "Nội dung công việc của tổ.\n" * 80 + "Phân công:\n\n| 1 | Tổ công tác | Nguyễn Văn An |\n"  # past the header
    assert "Tổ công tác\tNguyễn Văn An" in normalize(text).text


# A web export that dropped the type name: the summary in capitals stands between the place-and-date
# row and the line naming who issues.
NO_TYPE_LINE = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "Số: 215/QĐ-UBND | Phú Yên, ngày 14 tháng 5 năm 2021 |\n"
    "BAN HÀNH QUY CHẾ QUẢN LÝ NHÀ VĂN HÓA CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH\n"
    "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý nhà văn hóa cộng đồng.\n"
)


def test_summary_in_capitals_without_its_type_line(nlp):
    rec = extract_text(NO_TYPE_LINE, nlp)
    assert rec.title == "BAN HÀNH QUY CHẾ QUẢN LÝ NHÀ VĂN HÓA CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH"
    assert rec.doc_type == "QĐ"


def test_summary_line_opening_with_a_title_word_goes_on(nlp):
    # "... CỦA BAN" / "BÍ THƯ VỀ ...": the words of a title inside the summary, not who issues.
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 40/KH-UBND\n\nYên Bái, ngày 02 tháng 3 năm 2021\n\nKẾ HOẠCH\n"
        "THỰC HIỆN KẾT LUẬN SỐ 01-KL/TW NGÀY 18/5/2021 CỦA BAN\n"
        "BÍ THƯ VỀ TIẾP TỤC THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW TRÊN ĐỊA BÀN TỈNH\n"
        "Căn cứ Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị;\n"
    )
    rec = extract_text(text, nlp)
    assert rec.title.endswith("CỦA BAN BÍ THƯ VỀ TIẾP TỤC THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW TRÊN ĐỊA BÀN TỈNH")


def test_subject_after_the_number_in_one_cell(nlp):
    text = (
        "| VĂN PHÒNG CHÍNH PHỦ ------ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------ |\n"
        "|---|---|\n"
        "| Số: 5120/VPCP-NN V/v kiểm tra tiến độ trồng rừng ven biển | Hà Nội, ngày 08 tháng 7 năm 2015 |\n\n"
        "Kính gửi: Bộ Nông nghiệp và Phát triển nông thôn.\n\nPhó Thủ tướng yêu cầu Bộ kiểm tra, báo cáo./.\n"
    )
    rec = extract_text(text, nlp)
    assert rec.symbol == "5120/VPCP-NN"
    assert rec.title.startswith("kiểm tra tiến độ trồng rừng")


@pytest.mark.parametrize(
    "run, joined",
    [
        ("Qu ả ng Ngãi", "Quảng Ngãi"),
        ("T hành phố Hồ Chí M inh", "Thành phố Hồ Chí Minh"),
        ("ỦY B AN NHÂN D Â N T HÀNH P HỐ", "ỦY BAN NHÂN DÂN THÀNH PHỐ"),
        # Left apart: syllables side by side, letters of a list, a piece that may end or begin a word.
        ("ô tô điểm a khoản b và c", "ô tô điểm a khoản b và c"),
        ("lớp tậ p huấn", "lớp tậ p huấn"),
        ("TP Hồ Chí Minh", "TP Hồ Chí Minh"),
    ],
)
def test_letter_spaced_pieces(run, joined):
    from plankb.extractors.text import _joined_pieces

    assert " ".join(_joined_pieces(run.split(" "))) == joined


def test_letter_spaced_place_in_the_header(nlp):
    text = (
        "| ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- |\n"
        "|---|---|\n"
        "| Số: 77/QĐ-UBND | Qu ả ng B ì nh, ngày 04 tháng 10 năm 2022 |\n\n"
        "QUYẾT ĐỊNH\n\nVề việc phê duyệt danh sách hộ nghèo\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
    )
    assert extract_text(text, nlp).place == "Quảng Bình"


@pytest.mark.parametrize(
    "sentence, symbol",
    [
        ("Căn cứ Công văn 118/CCTTHC ngày 02 tháng 3 năm 2020 của Tổ công tác về chuẩn bị đề án;", "118/CCTTHC"),
        ("Ngày 21/3 hằng năm, kỷ niệm ngày ban hành Nghị quyết 09/TU về phát triển du lịch.", "09/TU"),
    ],
)
def test_number_with_the_issuers_code_only_without_so(sentence, symbol, nlp):
    head = "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\n\nSố: 12/KH-UBND\n\nNinh Thuận, ngày 05 tháng 4 năm 2021\n\nKẾ HOẠCH\nTuyên truyền năm 2021\n\n"
    refs = [r.symbol for r in extract_text(head + sentence + "\n", nlp).references]
    assert symbol in refs


def test_bare_code_after_a_type_word_that_is_not_a_citation(nlp):
    # A year range after a type name has no issuer code: not a reference.
    head = "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\n\nSố: 12/KH-UBND\n\nNinh Thuận, ngày 05 tháng 4 năm 2021\n\nKẾ HOẠCH\nTuyên truyền năm 2021\n\n"
    refs = [r.symbol for r in extract_text(head + "Kế hoạch 2021/2025 được thực hiện theo từng năm.\n", nlp).references]
    assert refs == []


PLAN_HEAD = (
    "BAN CHỈ ĐẠO TỈNH VỀ PHÒNG CHỐNG THIÊN TAI\n\nSố: 45/KH-BCĐ\n\nHà Tĩnh, ngày 10 tháng 4 năm 2021\n\n"
    "KẾ HOẠCH\nPhòng chống thiên tai năm 2021\n\n"
)


def test_lettered_part_holds_the_implementation_section(nlp):
    text = PLAN_HEAD + (
        "A. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm an toàn cho Nhân dân.\n\n"
        "B. NHIỆM VỤ\n\nI. CÔNG TÁC CHUẨN BỊ\n\nRà soát phương án ứng phó.\n\n"
        "C. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nông nghiệp và Phát triển nông thôn\n\nTham mưu, hướng dẫn các địa phương rà soát đê điều.\n\n"
        "2. Sở Tài chính\n\nBố trí kinh phí thực hiện Kế hoạch.\n"
    )
    found = {a.body for a in extract_text(text, nlp).assignments}
    assert {"Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài chính"} <= found


def test_role_label_over_a_bulleted_list_of_bodies(nlp):
    text = PLAN_HEAD + (
        "I. NHIỆM VỤ\n\n1. Tuyên truyền phòng chống thiên tai\n\na) Nội dung\n\nPhổ biến kiến thức cho người dân.\n\n"
        "b) Cơ quan chủ trì\n\n- Sở Thông tin và Truyền thông; Đài Phát thanh - Truyền hình tỉnh.\n\n"
        "c) Cơ quan phối hợp\n\n- Ủy ban nhân dân các huyện.\n\nd) Thời gian thực hiện: năm 2021.\n"
    )
    found = {a.body: a.role for a in extract_text(text, nlp).assignments}
    assert found.get("Sở Thông tin và Truyền thông") == "lead"
    assert found.get("Ủy ban nhân dân các huyện") == "coordinate"
    assert "Phổ biến kiến thức cho người dân" not in found


def test_announcing_body_whose_name_holds_commas(nlp):
    text = (
        "Hội thi tuyên truyền lưu động chào mừng ngày thành lập tỉnh\n\n"
        "Ngày 15/3/2022, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 21/KH-SVHTTDL tổ chức Hội thi "
        "tuyên truyền lưu động chào mừng ngày thành lập tỉnh.\n\nHội thi diễn ra trong hai ngày.\n"
    )
    rec = extract_text(text, nlp)
    assert rec.symbol == "21/KH-SVHTTDL"
    assert rec.date == "2022-03-15"
    assert rec.issuer is not None and rec.issuer.name == "Sở Văn hóa, Thể thao và Du lịch"


@pytest.mark.parametrize("first, second, issuer", NAME_GOES_ON_EXAMPLES)
def test_body_name_broken_before_its_owner(first, second, issuer, nlp):
    text = (
        f"{first}\n{second}\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 31/BC-ĐĐBQH\n\nHà Nội, ngày 12 tháng 3 năm 2019\n\nBÁO CÁO\nKết quả giám sát năm 2018\n\nCăn cứ Luật Hoạt động giám sát;\n"
    )
    rec = extract_text(text, nlp)
    assert rec.issuer is not None and rec.issuer.name == issuer


def test_called_addressees_in_a_wrapped_bulleted_list(nlp):
    text = (
        "BAN CHẤP HÀNH TỈNH ĐOÀN NGHỆ AN\n\nSố: 88-CV/TĐTN-VP\nV/v triệu tập hội nghị cán bộ chủ chốt\n\n"
        "ĐOÀN TNCS HỒ CHÍ MINH\n\nNghệ An, ngày 04 tháng 5 năm 2023\n\nKính gửi:\n\n"
        "- Các đồng chí Ủy viên Ban Chấp hành Tỉnh đoàn\n"
        "- Các đồng chí Trưởng, phó các ban, đơn vị thuộc cơ quan\nTỉnh đoàn; Ủy viên Ban Thường\nvụ Đảng ủy Khối; Trưởng các đoàn thể thuộc\ncơ quan Tỉnh đoàn\n\n"
        "Ban Thường vụ Tỉnh đoàn triệu tập hội nghị cán bộ chủ chốt vào 8h00 ngày 10/5/2023.\n\n"
        "Đề nghị các đồng chí bố trí thời gian tham dự đầy đủ./.\n"
    )
    found = {a.body for a in extract_text(text, nlp).assignments}
    assert "Các đồng chí Trưởng, phó các ban, đơn vị thuộc cơ quan Tỉnh đoàn" in found
    assert "Ủy viên Ban Thường vụ Đảng ủy Khối" in found
    assert "Trưởng các đoàn thể thuộc cơ quan Tỉnh đoàn" in found


@pytest.mark.parametrize("item, called", ADDRESSEE_POST_EXAMPLES)
def test_addressee_post_examples(item, called):
    from plankb.extractors.fields.assignments import _post_of_body

    assert _post_of_body(item) is called
