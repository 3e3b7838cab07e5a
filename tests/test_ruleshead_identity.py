"""A document's identity as other provinces and portals write it, rule by rule (ANNOTATION.md).

Each case is a small text in a wording our annotated sets do not use (other labels, layouts,
bodies after the 2025 two-level reorganisation, other signer blocks) with the header values the
annotation rules give it; the record is scored as the report scores it, field by field."""

from __future__ import annotations

import re

import pytest

from plankb.corpus.scoring import HEADER_FIELDS, score_document
from plankb.extractors.fields.header import spell_out_board
from plankb.extractors.fields.identity import read_metadata
from plankb.extractors.patterns import identity as P
from plankb.extractors.patterns import layout_markers as M
from plankb.extractors.text import fold
from tests.conftest import extract_text

UBND_XA = ["Ủy ban nhân dân xã Tân Hòa", "UBND xã Tân Hòa"]
BODY = "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ, đảng viên.\n2. Bảo đảm thiết thực, hiệu quả.\n"
QB_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 57/KH-UBND\n"
)
QB = dict(doc_type="KH", symbol="57/KH-UBND", issuer=["Ủy ban nhân dân tỉnh Quảng Bình", "UBND tỉnh Quảng Bình"],
          place="Quảng Bình", date="2022-04-05", title="Phát triển du lịch năm 2022")
STATE_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
)


def _case(text: str, **gold):
    return pytest.param(text, gold, id=gold.pop("id"))


# --- whole documents: header block, place-and-date line, signer block ------------------------
WHOLE = [
    _case(
        STATE_HEAD + "Số: 45/KH-UBND\nTân Hòa, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\n"
        "Triển khai công tác chuyển đổi số năm 2025\n" + BODY +
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký)\nNguyễn Văn An\n",
        id="commune UBND, KT. signer, (đã ký)", doc_type="KH", symbol="45/KH-UBND", issuer=UBND_XA,
        place="Tân Hòa", date="2025-03-05", title="Triển khai công tác chuyển đổi số năm 2025", signer="Nguyễn Văn An"),
    _case(
        STATE_HEAD + "Số: 318/TB-UBND ngày 02/12/2025\nTHÔNG BÁO\n"
        "Kết luận của Chủ tịch UBND xã tại buổi làm việc\n" + BODY +
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n",
        id="number and date on one line, no place-and-date line", doc_type="TB", symbol="318/TB-UBND", issuer=UBND_XA,
        place=None, date="2025-12-02", title="Kết luận của Chủ tịch UBND xã tại buổi làm việc", signer="Nguyễn Văn An"),
    _case(
        STATE_HEAD + "Số: 45/KH-UBND\nTân Hòa, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\n"
        "Triển khai công tác chuyển đổi số năm 2025\n" + BODY +
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐã ký: Vương Quốc Tuấn\n",
        id="commune UBND, 'Đã ký: name' on one line", doc_type="KH", symbol="45/KH-UBND", issuer=UBND_XA,
        place="Tân Hòa", date="2025-03-05", title="Triển khai công tác chuyển đổi số năm 2025", signer="Vương Quốc Tuấn"),
    _case(
        STATE_HEAD + "Số: /KH-UBND\nTân Hòa, ngày  tháng  năm 2025\nKẾ HOẠCH\n"
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc\n" + BODY + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n",
        id="blank number and day: null", doc_type="KH", symbol=None, issuer=UBND_XA, place="Tân Hòa",
        date=None, title="Tổ chức Ngày hội Đại đoàn kết toàn dân tộc", signer=None),
    _case(
        STATE_HEAD + "Số: 112/QĐ-UBND\nTân Hòa, ngày 17 tháng 7\nnăm 2025\nQUYẾT ĐỊNH\n"
        "Về việc thành lập Tổ công tác chuyển đổi số\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HÒA\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Thành lập Tổ công tác.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
        "CHỦ TỊCH\n(Đã ký)\nLê Thị Hồng\n",
        id="date line broken before the year", doc_type="QĐ", symbol="112/QĐ-UBND",
        issuer=[*UBND_XA, "Chủ tịch Ủy ban nhân dân xã Tân Hòa", "Chủ tịch UBND xã Tân Hòa"], place="Tân Hòa",
        date="2025-07-17", title="Về việc thành lập Tổ công tác chuyển đổi số", signer="Lê Thị Hồng"),
    _case(
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 2150/SYT-NVY\nV/v tăng cường phòng, chống dịch sốt xuất huyết\nKhánh Hòa, ngày 09 tháng 10 năm 2024\n"
        "Kính gửi: Các cơ sở khám bệnh, chữa bệnh.\nSở Y tế đề nghị các đơn vị thực hiện.\n"
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG NGHIỆP VỤ Y\nPhạm Văn Bình\n",
        id="official letter V/v, TL. signer", doc_type="CV", symbol="2150/SYT-NVY",
        issuer=["Sở Y tế tỉnh Khánh Hòa", "Sở Y tế Khánh Hòa"], place="Khánh Hòa", date="2024-10-09",
        title="V/v tăng cường phòng, chống dịch sốt xuất huyết", signer="Phạm Văn Bình"),
    _case(
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 318/TB-UBND\nGia Lai, ngày 02 tháng 12 năm 2025\nTHÔNG BÁO\n"
        "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công\n"
        "Ngày 28/11/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
        "TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(đã ký)\nTrần Quốc Hưng\n",
        id="notice, TUQ. signer", doc_type="TB", symbol="318/TB-UBND",
        issuer=["Ủy ban nhân dân tỉnh Gia Lai", "UBND tỉnh Gia Lai"], place="Gia Lai", date="2025-12-02",
        title="Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công", signer="Trần Quốc Hưng"),
    _case(
        "ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY PHƯỜNG HOA LƯ\n*\nSố 08-CT/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hoa Lư, ngày 12 tháng 8 năm 2025\nCHỈ THỊ\nvề tăng cường sự lãnh đạo của Đảng đối với công tác dân vận\n"
        + BODY + "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nTrần Thị Bình\n",
        id="ward Party committee, T/M BAN THƯỜNG VỤ", doc_type="CT", symbol="08-CT/ĐU",
        issuer=["Đảng ủy phường Hoa Lư", "Ban Thường vụ Đảng ủy phường Hoa Lư"], place="Hoa Lư", date="2025-08-12",
        title="về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận", signer="Trần Thị Bình"),
    _case(
        "ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY XÃ MỸ HÒA HƯNG\n*\nSố      -KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Mỹ Hòa Hưng, ngày      tháng     năm 2025\nKẾ HOẠCH\ntổ chức học tập, quán triệt Nghị quyết Đại hội\n"
        + BODY + "T/M ĐẢNG ỦY\nBÍ THƯ\n",
        id="Party draft: blank number and day", doc_type="KH", symbol=None,
        issuer=["Đảng ủy xã Mỹ Hòa Hưng"], place="Mỹ Hòa Hưng", date=None,
        title="tổ chức học tập, quán triệt Nghị quyết Đại hội", signer=None),
    _case(
        "TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 215-HD/BTGDVTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Quảng Ngãi, ngày 20 tháng 9 năm 2025\nHƯỚNG DẪN\ntuyên truyền kỷ niệm 95 năm Ngày truyền thống công tác dân vận\n"
        + BODY + "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nVõ Minh Châu\n",
        id="Party department, K/T signer", doc_type="HD", symbol="215-HD/BTGDVTU",
        issuer=["Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi", "Ban Tuyên giáo và Dân vận Tỉnh ủy"],
        place="Quảng Ngãi", date="2025-09-20",
        title="tuyên truyền kỷ niệm 95 năm Ngày truyền thống công tác dân vận", signer="Võ Minh Châu"),
    _case(
        "ỦY BAN MTTQ VIỆT NAM\nXÃ AN BÌNH\nBAN THƯỜNG TRỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 21/KH-MTTQ-BTT\nAn Bình, ngày 03 tháng 11 năm 2025\nKẾ HOẠCH\n"
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025\n" + BODY +
        "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nHồ Văn Tám\n",
        id="commune Fatherland Front", doc_type="KH", symbol="21/KH-MTTQ-BTT",
        issuer=["Ban Thường trực Ủy ban MTTQ Việt Nam xã An Bình", "Ủy ban MTTQ Việt Nam xã An Bình"],
        place="An Bình", date="2025-11-03", title="Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
        signer="Hồ Văn Tám"),
    _case(
        "ĐOÀN TNCS HỒ CHÍ MINH\nBCH TỈNH ĐOÀN QUẢNG NAM\n***\nSố: 125-KH/TĐTN-PT\n"
        "Quảng Nam, ngày 14 tháng 02 năm 2025\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2025\n" + BODY +
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\nNguyễn Thanh Tùng\n",
        id="provincial Youth Union", doc_type="KH", symbol="125-KH/TĐTN-PT",
        issuer=["Ban Chấp hành Tỉnh đoàn Quảng Nam", "Tỉnh đoàn Quảng Nam", "Ban Thường vụ Tỉnh đoàn Quảng Nam"],
        place="Quảng Nam", date="2025-02-14", title="Tổ chức Tháng Thanh niên năm 2025", signer="Nguyễn Thanh Tùng"),
    _case(
        "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBCH HỘI LHPN TỈNH ĐỒNG NAI\nSố: 88/KH-HPN\n"
        "Đồng Nai, ngày 06 tháng 3 năm 2025\nKẾ HOẠCH\nHưởng ứng Tháng hành động vì bình đẳng giới\n" + BODY +
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nLê Thị Mai\n",
        id="provincial Women's Union", doc_type="KH", symbol="88/KH-HPN",
        issuer=["Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Đồng Nai", "Hội Liên hiệp Phụ nữ tỉnh Đồng Nai",
                "Hội LHPN tỉnh Đồng Nai"],
        place="Đồng Nai", date="2025-03-06", title="Hưởng ứng Tháng hành động vì bình đẳng giới", signer="Lê Thị Mai"),
]

# --- more forms: opening only, date lines, signer blocks ----------------------------------------
MORE = [
    _case(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN THÀNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 67/KH-UBND\nBến Thành, ngày 5 tháng 8 năm 2025\nKẾ HOẠCH\nTổ chức Tết Trung thu cho thiếu nhi năm 2025\n"
        "Căn cứ Kế hoạch số 41/KH-UBND ngày 01/7/2025 của Ủy ban nhân dân Thành phố;\n",
        id="opening only: ward UBND, day without zero", doc_type="KH", symbol="67/KH-UBND",
        issuer=["Ủy ban nhân dân phường Bến Thành", "UBND phường Bến Thành"], place="Bến Thành", date="2025-08-05",
        title="Tổ chức Tết Trung thu cho thiếu nhi năm 2025"),
    _case(
        STATE_HEAD + "Số: 51/BC-UBND\nTân Hòa, ngày 30 tháng\n6 năm 2025\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm 2025\n"
        + BODY + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký và đóng dấu)\nĐặng Văn Sơn\n",
        id="date line broken before the month, (Đã ký và đóng dấu)", doc_type="BC", symbol="51/BC-UBND",
        issuer=UBND_XA, place="Tân Hòa", date="2025-06-30", title="Kết quả công tác 6 tháng đầu năm 2025",
        signer="Đặng Văn Sơn"),
    _case(
        STATE_HEAD + "Số: ....../KH-UBND\nTân Hòa, ngày ..... tháng ..... năm 2025\nKẾ HOẠCH\n"
        "Phòng, chống thiên tai năm 2025\n" + BODY + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n",
        id="dotted blanks: null", doc_type="KH", symbol=None, issuer=UBND_XA, place="Tân Hòa", date=None,
        title="Phòng, chống thiên tai năm 2025", signer=None),
    _case(
        "HUYỆN ỦY ĐÔNG ANH\n*\nSố 145-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐông Anh, ngày 02 tháng 4 năm 2024\nKẾ HOẠCH\n"
        "thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư\n" + BODY + "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(đã ký)\nĐỗ Thị Lan\n",
        id="district Party committee, title citing a directive", doc_type="KH", symbol="145-KH/HU",
        issuer=["Huyện ủy Đông Anh", "Ban Thường vụ Huyện ủy Đông Anh"], place="Đông Anh", date="2024-04-02",
        title="thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư", signer="Đỗ Thị Lan"),
]

# --- headers of other bodies, signer blocks, date lines, a web copy's page title ----------------
OTHERS = [
    _case("Kế hoạch 57/KH-UBND năm 2022 phát triển du lịch tỉnh Quảng Bình\n" + QB_HEAD
          + "Quảng Bình, ngày 05 tháng 4 năm 2022\nKẾ HOẠCH\nPhát triển du lịch năm 2022\n" + BODY,
          id="web copy: page title line above the header", **QB),
    _case(QB_HEAD + "Quảng Bình, Ngày 05 Tháng 4 Năm 2022\nKẾ HOẠCH\nPhát triển du lịch năm 2022\n" + BODY
          + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nHồ An Phong\n",
          id="date words capitalised, blank lines above the name", signer="Hồ An Phong", **QB),
    _case(QB_HEAD + "Quảng Bình, ngày 05 tháng 4 năm 2022\nKẾ HOẠCH\nPhát triển du lịch năm 2022\n" + BODY
          + "Q. CHỦ TỊCH\nHồ An Phong\n", id="Q. (acting) signer", signer="Hồ An Phong", **QB),
    _case("ĐẢNG BỘ TỈNH TÂY NINH\nĐẢNG ỦY XÃ TÂN HÒA\n*\nSố 12-NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
          "Tân Hòa, ngày 05 tháng 9 năm 2025\nNGHỊ QUYẾT\nvề phát triển kinh tế - xã hội năm 2026\n" + BODY
          + "T/M BAN CHẤP HÀNH\nBÍ THƯ\n\nNguyễn Văn Hải\n",
          id="commune Party committee, T/M BAN CHẤP HÀNH", doc_type="NQ", symbol="12-NQ/ĐU",
          issuer=["Đảng ủy xã Tân Hòa", "Ban Chấp hành Đảng bộ xã Tân Hòa"], place="Tân Hòa", date="2025-09-05",
          title="về phát triển kinh tế - xã hội năm 2026", signer="Nguyễn Văn Hải"),
    _case("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH TÂY NINH\nBAN THƯỜNG TRỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nSố: 45/HD-MTTQ-BTT\nTây Ninh, ngày 05 tháng 9 năm 2025\nHƯỚNG DẪN\n"
          "Tổ chức hội nghị hiệp thương\n" + BODY,
          id="provincial Fatherland Front, opening only", doc_type="HD", symbol="45/HD-MTTQ-BTT",
          issuer=["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"],
          place="Tây Ninh", date="2025-09-05", title="Tổ chức hội nghị hiệp thương"),
    _case("HỘI CỰU CHIẾN BINH VIỆT NAM\nHỘI CCB TỈNH TÂY NINH\nSố: 15-KH/CCB\nTây Ninh, ngày 05 tháng 9 năm 2025\n"
          "KẾ HOẠCH\nKỷ niệm Ngày truyền thống\n" + BODY,
          id="Veterans' Association, short name", doc_type="KH", symbol="15-KH/CCB",
          issuer=["Hội Cựu chiến binh tỉnh Tây Ninh"], place="Tây Ninh", date="2025-09-05", title="Kỷ niệm Ngày truyền thống"),
    _case(STATE_HEAD + "Số: 57/KH-UBND\nTân Hòa, ngày    tháng 9 năm 2025\nKẾ HOẠCH\nPhát triển du lịch năm 2025\n" + BODY,
          id="day blank, month written: null", doc_type="KH", symbol="57/KH-UBND", issuer=UBND_XA, place="Tân Hòa",
          date=None, title="Phát triển du lịch năm 2025"),
    _case(STATE_HEAD + "Số: 57/KH-UBND\nTân Hòa, ngày\n05 tháng 9 năm 2025\nKẾ HOẠCH\nPhát triển du lịch năm 2025\n" + BODY,
          id="date line broken after 'ngày'", doc_type="KH", symbol="57/KH-UBND", issuer=UBND_XA, place="Tân Hòa",
          date="2025-09-05", title="Phát triển du lịch năm 2025"),
]

THIRD = [
    _case("UBND XÃ TÂN HÒA\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 03/KH-BCĐ\nTân Hòa, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nHoạt động của Ban Chỉ đạo năm 2025\n" + BODY,
          id="commune steering committee under its UBND", doc_type="KH", symbol="03/KH-BCĐ",
          issuer=["Ban Chỉ đạo chuyển đổi số xã Tân Hòa"], place="Tân Hòa", date="2025-03-05",
          title="Hoạt động của Ban Chỉ đạo năm 2025"),
    _case("UBND HUYỆN TÂN PHÚ\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 21/PVHTT\nV/v tuyên truyền Ngày hội Đại đoàn kết\nTân Phú, ngày 05 tháng 3 năm 2025\nKính gửi: UBND các xã.\n" + BODY,
          id="district office under its UBND", doc_type="CV", symbol="21/PVHTT",
          issuer=["Phòng Văn hóa và Thông tin huyện Tân Phú"], place="Tân Phú", date="2025-03-05",
          title="V/v tuyên truyền Ngày hội Đại đoàn kết"),
    _case("UBND TỈNH KHÁNH HÒA\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 03/KH-SYT\nKhánh Hòa, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nPhòng, chống dịch bệnh năm 2025\n" + BODY,
          id="provincial department, the province's name", doc_type="KH", symbol="03/KH-SYT",
          issuer=["Sở Y tế tỉnh Khánh Hòa", "Sở Y tế Khánh Hòa"], place="Khánh Hòa", date="2025-03-05",
          title="Phòng, chống dịch bệnh năm 2025"),
    _case(STATE_HEAD + "Số: 57/KH-UBND\nTân Hòa, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC\nCHUYỂN ĐỔI SỐ NĂM 2025\n"
          + BODY + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Tám\n",
          id="summary in capitals on two lines, TM. over KT.", doc_type="KH", symbol="57/KH-UBND", issuer=UBND_XA,
          place="Tân Hòa", date="2025-03-05", title="TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2025", signer="Lê Văn Tám"),
    _case(STATE_HEAD + "Số: 57/KH-UBND     Tân Hòa, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2025\n" + BODY,
          id="number and place-and-date on one line", doc_type="KH", symbol="57/KH-UBND", issuer=UBND_XA,
          place="Tân Hòa", date="2025-03-05", title="Triển khai công tác chuyển đổi số năm 2025"),
    _case("ĐẢNG BỘ TỈNH QUẢNG NINH\nĐẢNG ỦY PHƯỜNG HẠ LONG\n*\nSố 05 - KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
          "Hạ Long, ngày 02 tháng 10 năm 2025\nKẾ HOẠCH\ntriển khai Nghị quyết Đại hội\n" + BODY,
          id="Party symbol with spaced hyphen", doc_type="KH", symbol="05-KH/ĐU", issuer=["Đảng ủy phường Hạ Long"],
          place="Hạ Long", date="2025-10-02", title="triển khai Nghị quyết Đại hội"),
    _case("ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẠNG SƠN\n*\nSố 15-NQ/TU\nLạng Sơn, ngày 20 tháng 10 năm 2025\n"
          "NGHỊ QUYẾT\nvề phát triển kinh tế cửa khẩu\n" + BODY,
          id="provincial Party executive committee", doc_type="NQ", symbol="15-NQ/TU",
          issuer=["Ban Chấp hành Đảng bộ tỉnh Lạng Sơn", "Tỉnh ủy Lạng Sơn"], place="Lạng Sơn", date="2025-10-20",
          title="về phát triển kinh tế cửa khẩu"),
    _case("HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/NQ-HĐND\n"
          "Tân Hòa, ngày 20 tháng 12 năm 2025\nNGHỊ QUYẾT\nVề dự toán ngân sách xã năm 2026\nHỘI ĐỒNG NHÂN DÂN XÃ TÂN HÒA\n"
          "KHÓA I, KỲ HỌP THỨ 5\nCăn cứ Luật Tổ chức chính quyền địa phương;\n" + BODY + "CHỦ TỊCH\nVõ Văn Kiệt\n",
          id="commune People's Council resolution", doc_type="NQ", symbol="05/NQ-HĐND",
          issuer=["Hội đồng nhân dân xã Tân Hòa", "HĐND xã Tân Hòa"], place="Tân Hòa", date="2025-12-20",
          title="Về dự toán ngân sách xã năm 2026", signer="Võ Văn Kiệt"),
    _case("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ TÂN HÒA\n***\nSố: 10-KH/ĐTN\nTân Hòa, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\n"
          "Tổ chức Tháng Thanh niên năm 2025\n" + BODY + "TM. BCH ĐOÀN XÃ\nBÍ THƯ\nLò Văn Pó\n",
          id="commune Youth Union", doc_type="KH", symbol="10-KH/ĐTN",
          issuer=["Ban Chấp hành Đoàn xã Tân Hòa", "Đoàn xã Tân Hòa"], place="Tân Hòa", date="2025-03-05",
          title="Tổ chức Tháng Thanh niên năm 2025", signer="Lò Văn Pó"),
]

# --- portal pages: a metadata block with other labels and layouts ---------------------------
_PORTAL_GOLD = dict(doc_type="KH", symbol="57/KH-UBND", issuer=["Ủy ban nhân dân huyện Tân Phú", "UBND huyện Tân Phú"],
                    date="2022-04-05", title="Phát triển du lịch năm 2022", signer="Nguyễn Văn Du")
PORTAL = [
    _case(
        "Chi tiết văn bản\nSố ký hiệu: 57/KH-UBND\nNgày ban hành: 05/04/2022\nLoại văn bản: Kế hoạch\n"
        "Cơ quan ban hành: UBND huyện Tân Phú\nNgười ký: Nguyễn Văn Du\nTrích yếu: Phát triển du lịch năm 2022\n"
        "Lĩnh vực: Văn hóa - Du lịch\nTệp đính kèm: 57-KH.pdf\n",
        id="portal: label and value on one line", **_PORTAL_GOLD),
    _case(
        "Thông tin văn bản\nSố/Ký hiệu\n57/KH-UBND\nNgày văn bản\n05/04/2022\nHình thức văn bản\nKế hoạch\n"
        "Đơn vị ban hành\nUBND huyện Tân Phú\nNgười ký duyệt\nNguyễn Văn Du\nTrích yếu nội dung\n"
        "Phát triển du lịch năm 2022\nNgày hiệu lực\n05/04/2022\n",
        id="portal: label and value on two lines", **_PORTAL_GOLD),
    _case(
        "| Ký hiệu | 57/KH-UBND |\n| Ngày ban hành | 05/04/2022 |\n| Loại văn bản | Kế hoạch |\n"
        "| Cơ quan ban hành | UBND huyện Tân Phú |\n| Người ký | Nguyễn Văn Du |\n"
        "| Trích yếu | Phát triển du lịch năm 2022 |\n| Lĩnh vực | Du lịch |\n",
        id="portal: table cells with pipes", **_PORTAL_GOLD),
    _case(
        "Số hiệu:57/KH-UBNDNgày ban hành:05/04/2022Loại văn bản:Kế hoạchNgười ký:Nguyễn Văn Du\n"
        "Cơ quan ban hành:UBND huyện Tân PhúLĩnh vực:Du lịch\nTrích yếu:Phát triển du lịch năm 2022\n",
        id="portal: glued labels", **_PORTAL_GOLD),
    _case(
        "Chi tiết văn bản\nSố văn bản: 57/KH-UBND\nNgày ban hành: 05-04-2022\nLoại văn bản: Kế hoạch\n"
        "Cơ quan ban hành: Ủy ban nhân dân huyện Tân Phú\nNgười ký: Nguyễn Văn Du\nTrích yếu: Phát triển du lịch\n"
        "năm 2022\nLĩnh vực: Du lịch\n",
        id="portal: 'Số văn bản', dashed date, summary on two lines", **_PORTAL_GOLD),
    _case(
        "Số ký hiệu\t57/KH-UBND\nNgày ban hành\t05/04/2022\nLoại văn bản\tKế hoạch\nCơ quan ban hành\tUBND huyện Tân Phú\n"
        "Người ký\tNguyễn Văn Du\nTrích yếu\tPhát triển du lịch năm 2022\n",
        id="portal: label and value a tab apart", **_PORTAL_GOLD),
    _case(
        "Số ký hiệu: 57/KH-UBND\nNgày ban hành: 05/04/2022\nCơ quan ban hành: UBND huyện Tân Phú\n"
        "Người ký: Nguyễn Văn Du\nTrích yếu nội dung: Phát triển du lịch năm 2022\n",
        id="portal: no type label, the symbol's code", **_PORTAL_GOLD),
    _case(
        "Trang chủ > Văn bản chỉ đạo điều hành\nTìm kiếm văn bản\nSố ký hiệu: 57/KH-UBND\nNgày ban hành: 05/04/2022\n"
        "Loại văn bản: Kế hoạch\nCơ quan ban hành: UBND huyện Tân Phú\nTrích yếu: Phát triển du lịch năm 2022\nTải về\n",
        id="portal: breadcrumb above, no signer", **{k: v for k, v in _PORTAL_GOLD.items() if k != "signer"}),
    _case(
        "Số ký hiệu: 57/KH-UBND\nNgày ban hành: 05 tháng 4 năm 2022\nLoại văn bản: Kế hoạch\nCơ quan ban hành: UBND huyện Tân Phú\n"
        "Người ký: Nguyễn Văn Du\nChức vụ: Phó Chủ tịch\nTrích yếu: \"Phát triển du lịch năm 2022\"\n",
        id="portal: date in words, summary in quotes, 'Chức vụ'", **_PORTAL_GOLD),
    _case(
        "Số ký hiệu: 57/KH-UBND\nNgày ban hành: 05/04/2022\nLoại văn bản: Kế hoạch\nCơ quan ban hành: UBND huyện Tân Phú\n"
        "Người ký: Phó Chủ tịch Nguyễn Văn Du\nTrích yếu: Phát triển du lịch năm 2022\n",
        id="portal: the signer's office before the name", **_PORTAL_GOLD),
]

# --- news announcements: the page announces one document -------------------------------------
ANNOUNCED = [
    _case("Tin địa phương\nNgày 05/4/2022, UBND huyện Tân Phú ban hành Kế hoạch số 57/KH-UBND về phát triển du lịch năm 2022.\n"
          "Theo đó, các xã tổ chức thực hiện.\n",
          id="news: date first, UBND", doc_type="KH", symbol="57/KH-UBND", issuer=["UBND huyện Tân Phú"],
          date="2022-04-05", title="về phát triển du lịch năm 2022"),
    _case("Thời sự\nBan Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 08-CT/TU về tăng cường công tác phòng cháy, chữa cháy.\n"
          "Chỉ thị yêu cầu các cấp ủy quán triệt.\n",
          id="news: vừa ban hành, no date", doc_type="CT", symbol="08-CT/TU", issuer=["Ban Thường vụ Tỉnh ủy"],
          date=None, title="về tăng cường công tác phòng cháy, chữa cháy"),
    _case("Y tế\nThực hiện chỉ đạo của UBND tỉnh, Sở Y tế đã ban hành Kế hoạch số 1520/KH-SYT ngày 12/6/2023 "
          "về phòng, chống dịch bệnh mùa mưa năm 2023.\nKế hoạch đề ra các mục tiêu.\n",
          id="news: Thực hiện..., Sở Y tế đã ban hành", doc_type="KH", symbol="1520/KH-SYT", issuer=["Sở Y tế"],
          date="2023-06-12", title="về phòng, chống dịch bệnh mùa mưa năm 2023"),
    _case("Xây dựng Đảng\nNgày 20/8/2025, Đảng ủy phường Hoa Lư ban hành Nghị quyết số 05-NQ/ĐU về phát triển kinh tế đô thị.\n",
          id="news: ward Party committee", doc_type="NQ", symbol="05-NQ/ĐU", issuer=["Đảng ủy phường Hoa Lư"],
          date="2025-08-20", title="về phát triển kinh tế đô thị"),
    _case("Tin cơ sở\nNgày 10/9/2025, UBND xã Tân Hòa đã ban hành Quyết định số 215/QĐ-UBND về việc kiện toàn Ban Chỉ đạo chuyển đổi số.\n",
          id="news: commune UBND decision", doc_type="QĐ", symbol="215/QĐ-UBND", issuer=["UBND xã Tân Hòa"],
          date="2025-09-10", title="về việc kiện toàn Ban Chỉ đạo chuyển đổi số"),
    _case("Chính quyền\nUBND tỉnh vừa ban hành Quyết định số 123/QĐ-UBND ngày 5/4/2022 phê duyệt Đề án phát triển nông nghiệp.\n",
          id="news: decision without 'về'", doc_type="QĐ", symbol="123/QĐ-UBND", issuer=["UBND tỉnh"],
          date="2022-04-05", title="phê duyệt Đề án phát triển nông nghiệp"),
    _case("Xây dựng Đảng\nNgày 05 tháng 4 năm 2022, Tỉnh ủy ban hành Kết luận số 15-KL/TU về công tác cán bộ.\n",
          id="news: date in words", doc_type="KL", symbol="15-KL/TU", issuer=["Tỉnh ủy"],
          date="2022-04-05", title="về công tác cán bộ"),
    _case("Y tế\nThực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2023 của UBND tỉnh, Sở Y tế đã ban hành Kế hoạch số 1520/KH-SYT "
          "về phòng, chống dịch bệnh mùa mưa năm 2023.\n",
          id="news: a cited plan before the announced one", doc_type="KH", symbol="1520/KH-SYT", issuer=["Sở Y tế"],
          date=None, title="về phòng, chống dịch bệnh mùa mưa năm 2023"),
    _case("Thời sự\nBan Thường vụ Tỉnh ủy Nghệ An ban hành Chỉ thị 08-CT/TU ngày 5-4-2022 về công tác phòng cháy.\n",
          id="news: no 'số', dashed date", doc_type="CT", symbol="08-CT/TU", issuer=["Ban Thường vụ Tỉnh ủy Nghệ An"],
          date="2022-04-05", title="về công tác phòng cháy"),
    _case("Tin tức\nChủ tịch UBND tỉnh Quảng Bình vừa ký ban hành Chỉ thị số 12/CT-UBND ngày 02/3/2024 về tăng cường quản lý đất đai.\n",
          id="news: the chairman signs", doc_type="CT", symbol="12/CT-UBND",
          issuer=["Chủ tịch UBND tỉnh Quảng Bình", "UBND tỉnh Quảng Bình"], date="2024-03-02",
          title="về tăng cường quản lý đất đai"),
    _case("Tin tức\nĐể triển khai Chỉ thị số 08-CT/TU ngày 05/4/2022 của Ban Thường vụ Tỉnh ủy, Huyện ủy Yên Mỹ đã ban hành "
          "Kế hoạch số 45-KH/HU thực hiện Chỉ thị.\n",
          id="news: a plan issued to carry out a directive", doc_type="KH", symbol="45-KH/HU", issuer=["Huyện ủy Yên Mỹ"],
          date=None, title="thực hiện Chỉ thị"),
    _case("Cập nhật: 07/04/2022 10:30\nNgày 05/4, UBND huyện Tân Phú ban hành Kế hoạch số 57/KH-UBND về phát triển du lịch năm 2022.\n",
          id="news: day and month, the posting year", doc_type="KH", symbol="57/KH-UBND", issuer=["UBND huyện Tân Phú"],
          date="2022-04-05", title="về phát triển du lịch năm 2022"),
    _case("Tin tức\nSở Y tế đã ban hành Công văn số 1520/SYT-NVY ngày 12/6/2023 gửi các đơn vị về việc tăng cường phòng chống dịch.\n",
          id="news: letter 'gửi ... về việc'", doc_type="CV", symbol="1520/SYT-NVY", issuer=["Sở Y tế"],
          date="2023-06-12", title="về việc tăng cường phòng chống dịch"),
    _case("Tin tức\nUBND tỉnh vừa có Văn bản số 1234/UBND-KT ngày 02/3/2024 về việc triển khai Nghị định số 30/2020/NĐ-CP.\n",
          id="news: 'Văn bản số' (a letter)", doc_type="CV", symbol="1234/UBND-KT", issuer=["UBND tỉnh"],
          date="2024-03-02", title="về việc triển khai Nghị định số 30/2020/NĐ-CP"),
    _case("Tin tức\nVăn phòng UBND tỉnh vừa có Thông báo số 318/TB-VP ngày 02/12/2025 kết luận của Chủ tịch UBND tỉnh tại cuộc họp.\n",
          id="news: notice of conclusions", doc_type="TB", symbol="318/TB-VP", issuer=["Văn phòng UBND tỉnh"],
          date="2025-12-02", title="kết luận của Chủ tịch UBND tỉnh tại cuộc họp"),
    _case("Đoàn - Hội\nNgày 14/2/2025, Ban Thường vụ Tỉnh đoàn Quảng Nam đã ban hành Kế hoạch số 125-KH/TĐTN-PT tổ chức Tháng Thanh niên năm 2025.\n",
          id="news: provincial Youth Union", doc_type="KH", symbol="125-KH/TĐTN-PT",
          issuer=["Ban Thường vụ Tỉnh đoàn Quảng Nam"], date="2025-02-14", title="tổ chức Tháng Thanh niên năm 2025"),
    _case("Tin tức\nNgày 05/4/2022, Ủy ban nhân dân tỉnh Kiên Giang ký ban hành Quyết định số 123/QĐ-UBND phê duyệt Đề án phát triển du lịch.\n",
          id="news: 'ký ban hành'", doc_type="QĐ", symbol="123/QĐ-UBND",
          issuer=["Ủy ban nhân dân tỉnh Kiên Giang", "UBND tỉnh Kiên Giang"], date="2022-04-05",
          title="phê duyệt Đề án phát triển du lịch"),
    _case("Tin tức\nNgày 05/4/2022, Chủ tịch UBND tỉnh đã ký Quyết định số 123/QĐ-UBND phê duyệt Đề án phát triển du lịch.\n",
          id="news: 'đã ký'", doc_type="QĐ", symbol="123/QĐ-UBND", issuer=["Chủ tịch UBND tỉnh", "UBND tỉnh"],
          date="2022-04-05", title="phê duyệt Đề án phát triển du lịch"),
    _case("Tin tức\nBan Thường vụ Tỉnh ủy Bắc Giang vừa ban hành Quy định số 12-QĐi/TU ngày 10/5/2023 về trách nhiệm nêu gương.\n",
          id="news: Party regulation QĐi", doc_type="QyĐ", symbol="12-QĐi/TU", issuer=["Ban Thường vụ Tỉnh ủy Bắc Giang"],
          date="2023-05-10", title="về trách nhiệm nêu gương"),
    _case("Tin tức\nUBND tỉnh vừa ban hành Kế hoạch số 57/KH-UBND ngày 05/4/2022 về phát triển du lịch năm 2022. "
          "Trước đó, UBND tỉnh đã ban hành Chỉ thị số 05/CT-UBND về quản lý du lịch.\n",
          id="news: the first of two documents", doc_type="KH", symbol="57/KH-UBND", issuer=["UBND tỉnh"],
          date="2022-04-05", title="về phát triển du lịch năm 2022"),
    _case("Tin tức\nNgày 5/4/2022, Thường trực Tỉnh ủy đã ban hành Công văn số 123-CV/TU về việc tổ chức Tết Nguyên đán.\n",
          id="news: Party standing committee letter", doc_type="CV", symbol="123-CV/TU", issuer=["Thường trực Tỉnh ủy"],
          date="2022-04-05", title="về việc tổ chức Tết Nguyên đán"),
    _case("Kế hoạch số 57/KH-UBND ngày 05/4/2022 của UBND huyện Tân Phú về phát triển du lịch năm 2022\nĐăng ngày 06/4/2022\n"
          "Nội dung chi tiết xem file đính kèm.\n",
          id="page title line naming the document", doc_type="KH", symbol="57/KH-UBND", issuer=["UBND huyện Tân Phú"],
          date="2022-04-05", title="về phát triển du lịch năm 2022"),
    _case("Kế hoạch 57/KH-UBND về phát triển du lịch năm 2022\nĐăng ngày 06/4/2022\nNội dung chi tiết xem file đính kèm.\n",
          id="page title line without body or date", doc_type="KH", symbol="57/KH-UBND", issuer=[], date=None,
          title="về phát triển du lịch năm 2022"),
    _case("Mặt trận\nBan Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa ban hành Hướng dẫn số 12/HD-MTTQ-BTT "
          "ngày 03/3/2025 về tổ chức Ngày hội Đại đoàn kết.\n",
          id="news: provincial Front guidance", doc_type="HD", symbol="12/HD-MTTQ-BTT",
          issuer=["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"], date="2025-03-03", title="về tổ chức Ngày hội Đại đoàn kết"),
]

# A report on work done under a document is not that document (no header keys, so nothing may be read).
REPORTS = [
    "Tin huyện\nThực hiện Kế hoạch số 57/KH-UBND ngày 05/4/2022 của UBND huyện về phát triển du lịch, "
    "trong năm qua các xã đã tổ chức nhiều hoạt động.\n",
    "Sơ kết 3 năm thực hiện Chỉ thị số 08-CT/TU\nSáng 12/5, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết "
    "3 năm thực hiện Chỉ thị số 08-CT/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy.\n",
    "Y tế\nThực hiện Kế hoạch số 1520/KH-SYT ngày 12/6/2023 của Sở Y tế, Trung tâm Y tế huyện đã tổ chức "
    "tiêm chủng cho 2.000 trẻ em.\n",
    "Tin tức\nSáng 10/4, UBND huyện tổ chức hội nghị triển khai Kế hoạch số 57/KH-UBND ngày 05/4/2022 về phát triển du lịch năm 2022.\n",
    "Tin tức\nSau khi Tỉnh ủy ban hành Chỉ thị số 08-CT/TU ngày 05/4/2022 về công tác phòng cháy, các huyện đã tổ chức "
    "quán triệt sâu rộng.\n",
    "Sơ kết 1 năm thực hiện Kế hoạch số 57/KH-UBND\nNgày 05/4/2023, UBND huyện Tân Phú tổ chức hội nghị sơ kết 1 năm "
    "thực hiện Kế hoạch số 57/KH-UBND ngày 05/4/2022 về phát triển du lịch.\n",
    "Kết quả triển khai Nghị quyết số 05-NQ/ĐU\nSau một năm triển khai Nghị quyết số 05-NQ/ĐU của Đảng ủy phường, "
    "kinh tế đô thị có bước phát triển.\n",
]


@pytest.mark.parametrize("text, gold", [*WHOLE, *MORE, *OTHERS, *THIRD, *PORTAL, *ANNOUNCED])
def test_header_as_the_rules_read_it(text, gold, nlp):
    record = extract_text(text, nlp).to_dict()
    score = score_document({"doc": "case", **gold}, record)
    wrong = {f: (score.missed.get(f), score.added.get(f)) for f in HEADER_FIELDS
             if f in score.counts and not score.counts[f].right}
    assert not wrong


@pytest.mark.parametrize("page", REPORTS, ids=lambda p: p[:40])
def test_a_report_on_work_done_is_not_the_document(page, nlp):
    record = extract_text(page, nlp)
    assert (record.doc_type, record.symbol, record.title) == (None, None, None)
    assert record.references



# --- the pattern tables' examples -------------------------------------------------------------


@pytest.mark.parametrize("written, spelled", M.HEADER_SHORT_FORM_EXAMPLES)
def test_board_short_forms_are_spelled_out(written, spelled):
    assert spell_out_board(fold(written)) == fold(spelled)


@pytest.mark.parametrize("line, opens_body", M.BODY_DATED_SENTENCE_EXAMPLES)
def test_dated_sentence_opens_the_body(line, opens_body):
    assert bool(re.match(M.BODY_DATED_SENTENCE, line)) == opens_body


@pytest.mark.parametrize("block, expected", P.METADATA_EXAMPLES, ids=lambda x: str(x)[:20])
def test_metadata_examples(block, expected):
    meta = read_metadata(block)
    assert meta is not None
    assert {k: v.text for k, v in meta.values.items()} == expected


@pytest.mark.parametrize("text", P.NOT_METADATA, ids=lambda x: x[:20])
def test_no_metadata_block(text):
    assert read_metadata(text) is None
