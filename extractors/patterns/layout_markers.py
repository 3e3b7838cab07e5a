"""Words that mark the blocks of an administrative document (Decree 30/2020/NĐ-CP, Guidance
36-HD/VPTW). Matched on folded text (lowercase, one tone placement). Examples are tested.
"""

from __future__ import annotations

# National and organisation mottos on the right of the header: never the issuer. The value is
# the organisation a bare board name in the header belongs to ("BAN CHẤP HÀNH TRUNG ƯƠNG").
MOTTOS: dict[str, str | None] = {
    "cộng hòa xã hội chủ nghĩa việt nam": None,
    "độc lập - tự do - hạnh phúc": None,
    "độc lập – tự do – hạnh phúc": None,
    "độc lập tự do hạnh phúc": None,
    "đảng cộng sản việt nam": "Đảng",
    "đoàn tncs hồ chí minh": "Đoàn TNCS Hồ Chí Minh",
    "đoàn thanh niên cộng sản hồ chí minh": "Đoàn TNCS Hồ Chí Minh",
    "hội liên hiệp thanh niên việt nam": "Hội Liên hiệp Thanh niên Việt Nam",
    "hội sinh viên việt nam": "Hội Sinh viên Việt Nam",
    "công đoàn việt nam": "Công đoàn Việt Nam",
}

# Terms a narrow header cell may cut ("ỦY BAN NHÂN" / "DÂN", "VĂN PHÒNG CHÍNH" / "PHỦ"): a header
# line ending inside one goes on on the next line.
WRAPPED_TERMS = (
    "ủy ban nhân dân", "hội đồng nhân dân", "tòa án nhân dân", "viện kiểm sát nhân dân", "công an nhân dân",
    "thủ tướng chính phủ", "văn phòng chính phủ", "chính phủ", "quốc hội", "ủy ban", "hội đồng", "văn phòng",
    "mặt trận tổ quốc", "ủy ban mặt trận tổ quốc việt nam", "việt nam", "hồ chí minh", "đoàn tncs hồ chí minh",
    "ban chấp hành", "ban thường vụ", "ban thường trực", "ban chỉ đạo", "ban bí thư", "trung ương", "bộ chính trị",
    "nhân dân", "tối cao", "liên hiệp", "thanh niên", "phụ nữ", "nông dân", "cựu chiến binh", "lao động",
    "giáo dục", "đào tạo", "văn hóa", "thể thao", "du lịch", "tài chính", "kế hoạch", "đầu tư", "nội vụ",
    "tư pháp", "y tế", "xây dựng", "công thương", "nông nghiệp", "môi trường", "khoa học", "công nghệ",
    "thông tin", "truyền thông", "dân tộc", "tôn giáo", "tuyên giáo", "dân vận", "tổ chức", "kiểm tra",
    "phát triển nông thôn",  # "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN" / "NÔNG THÔN" in a narrow cell
    # the one-stop centres of provinces and communes (2025): "TRUNG TÂM PHỤC VỤ" / "HÀNH CHÍNH CÔNG"
    "trung tâm phục vụ hành chính công",
)
# Bodies named by their purpose, "về ...": the purpose goes on over the header's lines to its end
# ("BAN CHỈ ĐẠO QUỐC GIA" / "VỀ" / "TÌM KIẾM, QUY TẬP HÀI" / "CỐT" / "LIỆT SĨ").
NAMED_BY_PURPOSE = ("ban chỉ đạo", "tổ công tác", "hội đồng")
# Board names that need the organisation after them to be a body.
BARE_BOARDS = ("ban chấp hành trung ương", "ban chấp hành", "ban thường vụ", "ban bí thư", "ban bí thư trung ương", "trung ương")
# Standing boards of a body named on the line above, called after it: "ỦY BAN MTTQ VIỆT NAM XÃ X /
# BAN THƯỜNG TRỰC" is "Ban Thường trực Ủy ban MTTQ Việt Nam xã X".
BOARDS_OF_PARENT = ("ban thường trực", "thường trực", "đoàn chủ tịch", "ban thường vụ", "thường vụ", "ban chấp hành")
# Organisations a bare board on the line above belongs to ("BAN CHẤP HÀNH" / "ĐOÀN TỈNH X").
ORGANISATIONS = ("đoàn", "hội", "đảng bộ", "công đoàn", "liên đoàn", "tỉnh đoàn", "thành đoàn", "huyện đoàn")

# Bodies whose name a header breaks before the body they belong to, the rest on the next line:
# "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI", "ĐOÀN ĐẠI BIỂU" / "QUỐC HỘI TỈNH X" (folded).
NAME_GOES_ON = {"ủy ban thường vụ": ("quốc hội",), "đoàn đại biểu": ("quốc hội",),
                # an organising board named by its congress: "BAN TỔ CHỨC" / "ĐẠI HỘI ĐẠI BIỂU" / "CÁC DÂN TỘC ..."
                "ban tổ chức": ("đại hội",), "ban tổ chức đại hội đại biểu": ("các ", "toàn quốc", "đảng bộ")}
NAME_GOES_ON_EXAMPLES = (("BAN TỔ CHỨC", "ĐẠI HỘI ĐẠI BIỂU", "Ban Tổ chức Đại hội đại biểu"), ("ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "Ủy ban Thường vụ Quốc hội"), ("ĐOÀN ĐẠI BIỂU", "QUỐC HỘI TỈNH NGHỆ AN", "Đoàn đại biểu Quốc hội tỉnh Nghệ An"))

# Words that finish a body's name on a line of their own ("VIỆN KIỂM SÁT NHÂN DÂN" / "TỐI CAO",
# "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH X" / "KHÓA XIII").
NAME_ENDINGS = ("tối cao", "khóa", "khoá", "nhiệm kỳ")
# A council's session after its term, on the line below the council's name in the authority line of
# its resolutions (Decree 30/2020/NĐ-CP, Appendix I: "HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA XV, KỲ HỌP
# THỨ 21"): a meeting, not a word of the name. Where a copy lost the type word and the summary, that
# line follows the header with nothing between.
SESSION_WORDS = ("kỳ họp",)
SESSION_LINE_EXAMPLES = (
    ("HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN", "KHOÁ XV, KỲ HỌP THỨ HAI MƯƠI", "Hội đồng nhân dân tỉnh Nam Sơn"),
    ("HỘI ĐỒNG NHÂN DÂN HUYỆN BẮC AN", "KHÓA XI KỲ HỌP THỨ 2", "Hội đồng nhân dân huyện Bắc An"),
)

# Bodies that exist at every level: their name alone, without the unit ("TỈNH X"), names none.
NEEDS_UNIT = ("ủy ban nhân dân", "hội đồng nhân dân", "tòa án nhân dân", "viện kiểm sát nhân dân", "ủy ban mặt trận tổ quốc việt nam", "ủy ban mttq việt nam", "ubnd", "hđnd")

# Administrative units: a header line starting with one continues the line above
# ("TÒA ÁN NHÂN DÂN" / "TỈNH CÀ MAU"), unless the unit word is part of a committee ("TỈNH ỦY").
# A header line whose first letter an export dropped: "Ủ" (one code point that some portals'
# encodings lack) lost from "ỦY BAN NHÂN DÂN" leaves "Y BAN NHÂN DÂN" (folded forms).
LOST_FIRST_LETTER = {"y ban ": "ủy ban "}

# "đặc khu": the special zones that the Law on Local Government of 2025 (72/2025/QH15) sets beside
# xã and phường ("ỦY BAN NHÂN DÂN" / "ĐẶC KHU PHÚ QUỐC").
ADMIN_UNITS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "tp.")
# The units whose places may bear a person's name ("phường Trần Hưng Đạo", "thành phố Hồ Chí Minh",
# "đặc khu Lý Sơn"); no province does, so "UBND tỉnh Nguyễn Văn An" ends with a signer's name.
UNITS_NAMED_FOR_PERSONS = tuple(u for u in ADMIN_UNITS if u != "tỉnh")
COMMITTEE_AFTER_UNIT = ("ủy", "đoàn", "hội", "đội")
# The residential units below a commune, often named by a number ("THÔN 3", "KHU PHỐ 5", "ẤP 2"): a
# Party cell or a Front's work board is named after them ("CHI BỘ THÔN 3", Regulation 66-QĐ/TW).
RESIDENTIAL_UNITS = ("thôn", "ấp", "bản", "buôn", "khu phố", "tổ dân phố", "khóm", "xóm", "làng", "tổ", "khu", "sóc")

# Short forms a header prints for a board ("BCH TỈNH ĐOÀN QUẢNG NAM", "BCH HỘI NÔNG DÂN TỈNH X"):
# the body's full name spells them out, as an annotator writes it first.
HEADER_SHORT_FORMS: dict[str, str] = {"bch": "Ban Chấp hành", "btv": "Ban Thường vụ", "btt": "Ban Thường trực"}
# An association's short name after "Hội", anywhere in the name ("BCH HỘI CCB TỈNH X").
ASSOCIATION_SHORT_FORMS: dict[str, str] = {
    "hội lhpn": "Hội Liên hiệp Phụ nữ", "hội ccb": "Hội Cựu chiến binh", "hội nd": "Hội Nông dân",
    "hội lhtn": "Hội Liên hiệp Thanh niên",
}
HEADER_SHORT_FORM_EXAMPLES = (
    ("BCH Tỉnh Đoàn Quảng Nam", "Ban Chấp hành Tỉnh Đoàn Quảng Nam"),
    ("BTV Huyện đoàn Ba Vì", "Ban Thường vụ Huyện đoàn Ba Vì"),
    ("Ban Chấp hành Hội Nông dân tỉnh", "Ban Chấp hành Hội Nông dân tỉnh"),
    ("BCH Hội LHPN tỉnh Đồng Nai", "Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Đồng Nai"),
    ("Hội CCB tỉnh Tây Ninh", "Hội Cựu chiến binh tỉnh Tây Ninh"),
    ("Hội Cựu chiến binh tỉnh", "Hội Cựu chiến binh tỉnh"),
)

# A line that opens the body with a dated sentence, after a summary: "Ngày 28/11/2025, Chủ tịch
# UBND tỉnh chủ trì ...", "Sáng 12/5, ...". Capital and comma: a summary wrapped before its date
# goes on in lower case ("... tại cuộc họp" / "ngày 28/11/2025 về ...").
BODY_DATED_SENTENCE = r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Hôm nay|Vừa qua)\s+(?:ngày\s+)?\d{1,2}\s*(?:/|tháng)\s*\d{1,2}(?:\s*(?:/|năm)\s*\d{4})?\s*,"
BODY_DATED_SENTENCE_EXAMPLES = (
    ("Ngày 28/11/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp.", True),
    ("Sáng 12/5, Ban Thường vụ Huyện ủy tổ chức hội nghị.", True),
    ("Ngày 05 tháng 3 năm 2023, Sở Y tế tổ chức hội nghị.", True),
    ("ngày 28/11/2025 về giải ngân vốn đầu tư công", False),
    ("Ngày hội Đại đoàn kết toàn dân tộc năm 2025", False),
)

# A legal portal lists the documents related to the one it copies above the copy, each entry
# numbered with its index glued to the type name ("- 4Quyết định 3421/QĐ-UBND năm 2021 phê duyệt
# ..."): the site's navigation, not the document's citations.
RELATED_ENTRY = r"-[ \t]?\d{1,2}(?=[A-ZĐ])"
RELATED_ENTRY_EXAMPLES = (
    ("- 1Luật Đất đai 2013", True),
    ("- 4Quyết định 3421/QĐ-UBND năm 2021 phê duyệt Phương án", True),
    ("-2Nghị định 64/2007/NĐ-CP về ứng dụng công nghệ thông tin", True),
    # a list item of the document's own text: a space after its number, or no number
    ("- 4 Quyết định số 3421/QĐ-UBND ngày 02/9/2021", False),
    ("- Quyết định số 3421/QĐ-UBND ngày 02/9/2021", False),
)

# A legal portal notes above the copy what became of the document since ("Quyết định 119/QĐ-UBND
# ... đã được thay thế bởi Quyết định 366/QĐ-UBND ...", "... bị bãi bỏ bởi ...", "... được sửa đổi,
# bổ sung bởi ..."): the site's word on its status, written later; the documents it names are not
# cited by the document. A document's own text says it replaces ("thay thế Quyết định số ..."),
# never that it was replaced "bởi" another.
# The site may join two of its verbs ("bị bãi bỏ, thay thế bởi Nghị quyết số ...").
_STATUS_VERB = r"(?:thay\s+thế|bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ|đình\s+chỉ|sửa\s+đổi(?:\s*,\s*bổ\s+sung)?|bổ\s+sung|hợp\s+nhất)"
STATUS_NOTE = (
    r"(?<![\wđ])(?:đã\s+|bị\s+)?(?:được|bị)\s+" + _STATUS_VERB + r"(?:\s*(?:,|và|hoặc)\s*" + _STATUS_VERB + r")*"
    r"(?:\s+một\s+phần|\s+toàn\s+bộ)?\s+bởi\s"
)
STATUS_NOTE_EXAMPLES = (
    ("Quyết định 119/QĐ-UBND bổ sung thủ tục hành chính đã được thay thế bởi Quyết định 366/QĐ-UBND bãi bỏ Quyết định năm 2015.", True),
    ("Nghị quyết 12/2020/NQ-HĐND bị bãi bỏ bởi Nghị quyết 05/2023/NQ-HĐND.", True),
    ("Thông tư 10/2021/TT-BTC được sửa đổi, bổ sung bởi Thông tư 22/2023/TT-BTC.", True),
    ("Kể từ ngày 20-12-2010, Nghị quyết số 10/2008/NQ-HĐND (Văn bản hết hiệu lực) bị bãi bỏ, thay thế bởi Nghị quyết số 26/2010/NQ-HĐND.", True),
    # the document's own words: it replaces another, or is amended "bằng"
    ("Quyết định này thay thế Quyết định số 1090/QĐ-UBND ngày 01/6/2015.", False),
    ("Các nội dung đã được sửa đổi tại Quyết định số 15/2022/QĐ-UBND.", False),
)

# A Party resolution, notice or directive may name its organ under the type name and its subject
# on the line after ("THÔNG BÁO" / "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" / "Về nội dung, thời gian ..."):
# the summary is both, as printed (ANNOTATION.md), even with blank lines between them.
# Guidance 36-HD/VPTW: a notice of conclusions names its organ the same way under the type name
# ("THÔNG BÁO" / "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY" / "Về ...").
ORGAN_UNDER_TYPE = r"(?:(?:kết luận|KẾT LUẬN|Kết luận|ý kiến|Ý KIẾN|Ý kiến)\s+)?(?:của|CỦA|Của)\s+\S"
SUBJECT_OPENER = r"[“\"(]?\s*(?:về|VỀ|Về|V/v|v/v|V/V)(?:\s|:)"
ORGAN_UNDER_TYPE_EXAMPLES = (
    ("THÔNG BÁO\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n\nVề nội dung, thời gian, địa điểm tổ chức Đại hội đại biểu Đảng bộ tỉnh\n\n",
     "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH Về nội dung, thời gian, địa điểm tổ chức Đại hội đại biểu Đảng bộ tỉnh"),
    ("NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\n\n\nvề công tác cán bộ năm 2025\n\n",
     "CỦA BAN THƯỜNG VỤ HUYỆN ỦY về công tác cán bộ năm 2025"),
    ("CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy\nvề tăng cường công tác dân vận\n\n", "của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận"),
    ("THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY\nVề công tác chuẩn bị Đại hội\n-----\n",
     "KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY Về công tác chuẩn bị Đại hội"),
    # Without a subject after it the organ's line stays alone; the body's grounds are not a subject.
    ("THÔNG BÁO\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n\nThực hiện Quy định số 294-QĐ/TW của Ban Chấp hành Trung ương\n\n",
     "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"),
)

# Words a summary's line cannot end on: the phrase goes on in the next line even when that line
# opens with a capital, a name or a body's name ("... đối với đồng chí" / "Trần Văn A - Phó Bí thư ...").
SUMMARY_OPEN_END = r"\s(?:của|các|những|và|về|cho|tại|với|trong|đến|để|theo|đồng chí|đ/c)$"
SUMMARY_OPEN_END_EXAMPLES = (
    ("Về đánh giá kết quả thực hiện nhiệm vụ năm 2025 đối với đồng chí", True),
    ("Về tăng cường sự lãnh đạo của", True),
    ("Về công tác cán bộ năm 2025", False),
)

# Lines that open the body rather than continue the summary.
BODY_OPENERS = ("căn cứ", "thực hiện", "kính gửi", "triển khai", "nhằm", "để", "trong", "theo", "sau khi", "qua")

# What may stand before a signer's name: a form of address, a degree, a military or police rank
# ("Đ/c Nguyễn Văn A", "TS. Nguyễn Văn A", "Đại tá Nguyễn Văn A"). As written, longest first when matched.
HONORIFICS = (
    "Đ/c", "đ/c", "Ông", "Bà", "TS.", "ThS.", "Ths.", "PGS.TS.", "PGS. TS.", "GS.TS.", "GS. TS.", "PGS.", "GS.",
    "TS", "ThS", "BS.", "BSCKII.", "BSCKI.", "KS.", "CN.", "LS.", "NGƯT.", "NGND.", "NSƯT.",
    "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá",
    "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng",
    # A web copy's mark of the signature on the name's line ("Đã ký: Vương Quốc Tuấn").
    "Đã ký:", "đã ký:", "(Đã ký)", "(đã ký)",
)

# Titles a signer signs under (folded); a line that is one of these (with an authority or not)
# belongs to the signature block.
SIGNER_TITLES = (
    "bí thư",
    "phó bí thư",
    "phó bí thư thường trực",
    "bí thư thường trực",
    "chủ tịch",
    "phó chủ tịch",
    "phó chủ tịch thường trực",
    "giám đốc",
    "phó giám đốc",
    "chánh án",
    "phó chánh án",
    "viện trưởng",
    "phó viện trưởng",
    "trưởng ban",
    "phó trưởng ban",
    "phó trưởng ban thường trực",
    "chánh văn phòng",
    "phó chánh văn phòng",
    "trưởng phòng",
    "phó trưởng phòng",
    "bộ trưởng",
    "thứ trưởng",
    "thủ tướng",
    "phó thủ tướng",
    "cục trưởng",
    "phó cục trưởng",
    "vụ trưởng",
    "phó vụ trưởng",
    "hiệu trưởng",
    "phó hiệu trưởng",
    "tổng giám đốc",
    "phó tổng giám đốc",
    "trưởng ban chỉ đạo",
    "phó trưởng ban chỉ đạo",
    "chủ nhiệm",
    "phó chủ nhiệm",
    "tổng biên tập",
    "thủ trưởng",
    "phó thủ trưởng",  # a Party staff agency's deputy head: "K/T THỦ TRƯỞNG" / "PHÓ THỦ TRƯỞNG"
    "thủ trưởng đơn vị",
    "người ký",
    "chánh thanh tra",
    "tổng cục trưởng",
    "trưởng đoàn",
    "tư lệnh",
    "chính ủy",
    "chỉ huy trưởng",
    "giám đốc sở",
    "chủ tịch hội đồng",
    "tổng thư ký",
    "ủy viên",
    "kiêm",
    "chủ tịch ubnd",
)

# Where the annexes and forms begin, after the signature.
ANNEX_OPENERS = ("phụ lục", "biểu mẫu", "mẫu", "danh sách", "kèm theo", "(kèm theo", "bảng", "tên đơn vị")

# Vietnamese family names: a signer's name starts with one. Covers nearly all the population.
SURNAMES = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng", "Mai", "Tô", "Hà", "Tạ", "Lương", "Cao", "Chu", "Đinh", "Quách", "Thái", "Lưu", "Kiều", "Châu", "Văn", "Hứa", "Triệu", "Tăng", "Lục", "Mạc", "Từ", "Nông", "Âu", "Thân", "Giang", "Khổng", "La", "Hầu", "Tôn", "Ninh", "Tống", "Diệp", "Quan", "Khúc", "Thạch", "Kim", "Nghiêm", "Thiều", "Lại", "Ông", "Đàm", "Bạch", "Đồng", "Lò", "Lã", "Mẫn", "Ứng", "Nhữ", "Viên", "Doãn", "Yên", "Sơn", "Tiêu", "Ma", "Chử", "Lữ", "Phó", "Khương", "Cù", "Đậu", "Hàn", "Trang", "Giáp", "Phí", "Bế", "Lương", "Tiền", "Cấn", "Vi", "Hoàng", "Huỳnh", "Biện", "Danh", "Lều", "Bàn", "Hoa", "Quang", "Thành", "Long", "Bành", "Vy", "Ân", "Trình", "Thiệu", "Tòng", "Nhan", "Khuất", "Cung", "Mã", "Dư", "Lô", "Ung", "Điêu", "Ngọ", "Ngư", "Phương", "Thang", "Đường", "Mông", "Bồ", "Tiết"]
)

# Marks printed in the header zone beside or under the issuer (Decree 30/2020/NĐ-CP, Annex I: the
# secrecy and urgency marks; a draft's "DỰ THẢO"): short lines in capitals that name no body and go
# on no name ("TRƯỜNG TIỂU HỌC DIỄN" / "THÀNH" goes on; "TRƯỜNG TIỂU HỌC AN" / "KHẨN" does not).
# The urgency marks (mức độ khẩn) alone: the press writes them after the type name of the letter or
# dispatch it announces ("ban hành Công điện khẩn số 13/CĐ-UBND", "Công văn hỏa tốc về việc ...").
URGENCY_MARKS = ("khẩn", "thượng khẩn", "hỏa tốc", "hỏa tốc hẹn giờ")
# Words "khẩn" makes with the next one, of the subject, not marks: "Kế hoạch khẩn cấp ...".
URGENCY_COMPOUNDS = ("cấp", "trương", "thiết", "hoang")
HEADER_MARKS = ("dự thảo", "mật", "tối mật", "tuyệt mật", *URGENCY_MARKS)
