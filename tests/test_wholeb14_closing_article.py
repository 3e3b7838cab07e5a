"""A ministry's decision as law-library crawls give it: the closing article's salutation with its
colon lost ("Các Ông, Bà Chánh Văn phòng Bộ ..."), posts joined by "và" ("Vụ trưởng Vụ X và Vụ
trưởng các Vụ"), and an article naming two kinds of bodies in a row, the first holding a comma of
its own ("Các cơ sở khám bệnh, chữa bệnh, cơ quan bảo hiểm xã hội ... có trách nhiệm").
Made-up documents written in that convention."""

from __future__ import annotations

from tests.conftest import check_assignments

DECISION = (
    "BỘ XÂY DỰNG\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 345/QĐ-BXD\nHà Nội, ngày 12 tháng 3 năm 2024\n"
    "QUYẾT ĐỊNH\nBAN HÀNH DANH MỤC MÃ CÔNG TRÌNH DÙNG CHUNG\n"
    "BỘ TRƯỞNG BỘ XÂY DỰNG\n"
    "Căn cứ Nghị định số 52/2022/NĐ-CP ngày 08 tháng 8 năm 2022 của Chính phủ;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Danh mục mã công trình dùng chung.\n"
    "Điều 2. Các doanh nghiệp xây dựng, chủ đầu tư, cơ quan quản lý nhà nước về xây dựng và các cơ quan có liên quan "
    "có trách nhiệm cập nhật danh mục vào phần mềm quản lý.\n"
    "Điều 3. Các Ông, Bà Chánh Văn phòng Bộ Xây dựng, Vụ trưởng Vụ Kinh tế xây dựng và Vụ trưởng các Vụ, "
    "Cục trưởng các Cục thuộc Bộ Xây dựng, Giám đốc Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương "
    "và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, KTXD.\n"
    "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Bình\n"
)


def test_the_posts_after_a_salutation_without_its_colon(nlp):
    check_assignments(
        DECISION,
        ["Chánh Văn phòng Bộ Xây dựng", "Vụ trưởng Vụ Kinh tế xây dựng", "Vụ trưởng các Vụ", "Cục trưởng các Cục thuộc Bộ Xây dựng"],
        ["Các Ông, Bà Chánh Văn phòng Bộ Xây dựng", "Vụ trưởng Vụ Kinh tế xây dựng và Vụ trưởng các Vụ"],
        nlp,
    )


def test_a_kind_whose_name_holds_a_comma_then_another_kind(nlp):
    text = DECISION.replace("Các doanh nghiệp xây dựng, chủ đầu tư, cơ quan quản lý nhà nước về xây dựng",
                            "Các cơ sở khám bệnh, chữa bệnh, cơ quan bảo hiểm xã hội")
    check_assignments(
        text,
        ["Các cơ sở khám bệnh, chữa bệnh", "cơ quan bảo hiểm xã hội"],
        ["Các cơ sở khám bệnh, chữa bệnh, cơ quan bảo hiểm xã hội"],
        nlp,
    )


def test_the_persons_addressed_are_no_salutation(nlp):
    text = DECISION.replace("Các Ông, Bà Chánh Văn phòng Bộ Xây dựng, ", "Các ông (bà) có tên tại Điều 1, Chánh Văn phòng Bộ Xây dựng, ")
    check_assignments(text, ["Chánh Văn phòng Bộ Xây dựng"], ["Văn phòng Bộ Xây dựng có tên tại Điều 1"], nlp)
