"""Task tables and lists of bodies: the labels of their columns and lines, and the words that
start a new body inside a list. Matched on folded text; examples are checked by tests/test_patterns.py.

Decree 30/2020/NĐ-CP plans and their annexes put each task with its bodies and its time: as a
table ("Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành"), or, when a
table is written as prose or exported badly, as label lines under each task:
"- Cơ quan chủ trì: Sở Nội vụ." / "- Cơ quan phối hợp: ..." / "- Thời gian hoàn thành: ...".
"""

from __future__ import annotations

# Label (at the start of a line or a cell, before ":" on a line) -> the role its bodies have.
# "Cơ quan thực hiện" names bodies that carry the task out themselves.
ROLE_LABELS: dict[str, str] = {
    "cơ quan chủ trì": "lead",
    "đơn vị chủ trì": "lead",
    "cơ quan, đơn vị chủ trì": "lead",
    "cơ quan chủ trì thực hiện": "lead",
    "đơn vị chủ trì thực hiện": "lead",
    "chủ trì": "lead",
    "chủ trì thực hiện": "lead",
    "cơ quan phối hợp": "coordinate",
    "đơn vị phối hợp": "coordinate",
    "cơ quan, đơn vị phối hợp": "coordinate",
    "phối hợp": "coordinate",
    "phối hợp thực hiện": "coordinate",
    "cơ quan thực hiện": "implement",
    "đơn vị thực hiện": "implement",
    "cơ quan, đơn vị thực hiện": "implement",
    "đơn vị thực hiện chính": "lead",
    "thực hiện": "implement",
    "trách nhiệm thực hiện": "implement",
    "đơn vị tham mưu": "advise",
    "cơ quan tham mưu": "advise",
}

# A column heading not in ROLE_LABELS names a role when it starts with one of these nouns
# ("Cơ quan, đơn vị chủ trì tham mưu") or with the role itself in a few words ("Chủ trì soạn
# thảo"): a task cell may hold the role word too ("Xây dựng quy chế phối hợp").
ROLE_HEADING_NOUNS = ("cơ quan", "đơn vị", "bộ phận", "lực lượng", "ngành", "sở, ngành", "cấp")
ROLE_HEADING_WORDS = 4  # syllables of a heading that starts with the role itself ("Chủ trì thực hiện")

# Examples the tests check: (a table cell, the role it heads, or None for a row's content).
ROLE_HEADING_EXAMPLES = (
    ("Đơn vị chủ trì", "lead"),
    ("Cơ quan, đơn vị chủ trì tham mưu", "lead"),
    ("Cơ quan phối hợp thực hiện", "coordinate"),
    ("Chủ trì soạn thảo", "lead"),
    ("Xây dựng quy chế phối hợp", None),
    ("Phối hợp tổ chức hội nghị sơ kết", None),
)

# Column headings of a table's time column (folded, at the start of the cell).
TIME_LABELS = ("thời gian", "thời hạn", "tiến độ")

# Words after a time heading that name the time of an act ("Thời gian ban hành", "Thời gian có
# hiệu lực"): in a plan's task table, with the body that drafts each document, the time it is
# to be issued by, a limit; in a table naming no bodies, a list of documents and when they were
# issued, no limit.
TIME_OF_ACT = ("ban hành", "hiệu lực", "ký")

# Examples the tests check: (a column heading, whether the table has a lead or partner column,
# whether its cells are the rows' time limits).
TIME_HEADING_EXAMPLES = (
    ("Thời gian hoàn thành", True, True),
    ("Tiến độ", False, True),
    ("Thời gian đóng cổng đăng tải minh chứng", False, True),
    ("Thời gian ban hành", True, True),
    ("Thời gian ban hành", False, False),
    ("Thời gian có hiệu lực", False, False),
)

# Column headings of a table's task column.
TASK_LABELS = ("nội dung", "nhiệm vụ", "công việc", "hoạt động", "tên hoạt động", "tên nhiệm vụ")

# Inside a list of bodies ("Ủy ban Kiểm tra Tỉnh ủy, Thuế tỉnh, Kho bạc Nhà nước khu vực XI"), a
# capitalised word after a comma starts a new body when it is one of these heads, on top of
# the general body heads. Lower-case words after a comma go on with the same body: "các sở,
# ban, ngành", "các tỉnh, thành đoàn, đoàn trực thuộc", except "các" before a body head
# (", các cơ quan báo chí"), which starts a body of its own.
LIST_HEADS = (
    "thuế", "kiểm toán", "hải quan", "kho bạc", "ngân hàng", "bảo hiểm", "đài", "báo", "cổng thông tin",
    "thông tấn xã", "nhà xuất bản", "liên minh", "hiệp hội", "tổng liên đoàn", "chi nhánh", "trung ương",
    "thủ trưởng", "chủ tịch", "giám đốc", "chánh văn phòng", "chánh thanh tra", "người đứng đầu",
    "bộ trưởng", "trưởng", "phó", "tổ", "lãnh đạo", "hội", "ban", "sở", "bộ", "phòng", "văn phòng",
    "trung tâm", "cục", "viện", "học viện", "trường", "cổng",
)

# Kinds of bodies with nothing of their own: a list made only of them ("Chánh tòa, Trưởng
# phòng, Chánh Văn phòng thuộc TAND tỉnh", "các Chi ủy, Chi bộ") shares the name that ends it.
# Compared with each comma-separated word group, "các" removed.
BARE_KINDS = frozenset((
    "ban", "phòng", "ngành", "sở", "cơ quan", "đơn vị", "địa phương", "đoàn thể", "mttq", "mặt trận",
    "chi ủy", "chi bộ", "đảng ủy", "đảng bộ", "cấp ủy", "chính quyền", "hội", "học viện", "đại học",
    "trường", "viện", "trung tâm", "tổ chức", "doanh nghiệp", "huyện", "xã", "phường",
    "thị trấn", "thị xã", "tỉnh", "thành phố", "quận", "tỉnh đoàn", "thành đoàn", "huyện đoàn", "đoàn",
    "đoàn trực thuộc", "đặc khu", "thôn", "xóm", "làng", "ấp", "tổ dân phố", "khu phố",
    # a ministry's units (Decree 123/2016/NĐ-CP): "Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ"
    "vụ", "cục", "tổng cục",
))

# The political system's parts, each a body of its own in the list that names them after the
# Party's committees ("các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể"): the
# kind after a comma that follows a Party kind (folded, at the start of the words after the comma).
PARTY_KINDS = ("cấp ủy", "cấp ủy đảng", "các cấp ủy", "các cấp ủy đảng", "tổ chức đảng", "các tổ chức đảng")
SYSTEM_KINDS = ("chính quyền",)

# Titles: a list of them ("Chánh tòa, Trưởng phòng, Chánh Văn phòng thuộc TAND tỉnh") names the
# heads of the units the last one names, one body.
BARE_TITLES = frozenset((
    "chánh tòa", "chánh án", "trưởng phòng", "phó trưởng phòng", "chánh văn phòng", "trưởng ban", "thủ trưởng",
    "giám đốc", "chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư",
    # heads of a ministry's units, listed before the units they head ("Vụ trưởng, Cục trưởng các Vụ, Cục")
    "vụ trưởng", "cục trưởng", "tổng cục trưởng", "chánh thanh tra",
))

# Titles that head the one unit of that kind the issuer has (its office, its inspectorate). Named
# bare and first in a decision's closing article (Decree 30/2020/NĐ-CP: "Chánh Văn phòng, Chánh
# Thanh tra, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi
# hành"), each is the issuer's own body; other bare titles share the name that ends their list
# ("Chánh tòa, Trưởng phòng, Chánh Văn phòng thuộc TAND tỉnh"), and a bare "Giám đốc" names no one.
ISSUER_UNIT_TITLES = ("chánh văn phòng", "chánh thanh tra")
# Examples the tests check: (a closing article's list, the bodies it names).
TITLE_LIST_EXAMPLES = (
    ("Chánh Văn phòng, Thủ trưởng các đơn vị thuộc Bộ", ["Chánh Văn phòng", "Thủ trưởng các đơn vị thuộc Bộ"]),
    ("Chánh Văn phòng, Chánh Thanh tra, Vụ trưởng Vụ Tổ chức cán bộ",
     ["Chánh Văn phòng", "Chánh Thanh tra", "Vụ trưởng Vụ Tổ chức cán bộ"]),
    ("Chánh Văn phòng, Vụ trưởng, Cục trưởng các Vụ, Cục trực thuộc Bộ Nông sản",
     ["Chánh Văn phòng", "Vụ trưởng, Cục trưởng các Vụ, Cục trực thuộc Bộ Nông sản"]),
    ("Chánh tòa, Trưởng phòng, Chánh Văn phòng thuộc Tòa án nhân dân tỉnh Bình An",
     ["Chánh tòa, Trưởng phòng, Chánh Văn phòng thuộc Tòa án nhân dân tỉnh Bình An"]),
)

# After "Văn phòng ... và" these name the second council one office serves: no new body.
OFFICE_SHARED = ("hđnd", "ubnd", "hội đồng nhân dân", "ủy ban nhân dân", "đoàn đbqh", "đoàn đại biểu")

# An organ is named by its head and the body it belongs to ("Ban Tuyên giáo Tỉnh ủy", "Văn phòng
# UBND tỉnh", "Thường trực HĐND huyện", "Ủy ban MTTQ Việt Nam tỉnh", "Thanh tra Sở Tài chính",
# Guidance 36-HD/VPTW and Decree 30/2020/NĐ-CP write them so): in a table cell read from a PDF's
# text layer the owner's capital after the head's lower-case word is not a second body starting.
# ORGAN_HEADS open such a name (folded, at its start); ORGAN_OWNERS start the owner's name (folded).
ORGAN_HEADS = (
    "văn phòng", "ủy ban", "uỷ ban", "ban", "thường trực", "thanh tra", "cơ quan", "ban chỉ huy", "bộ chỉ huy",
    "đảng đoàn", "ban cán sự", "hội đồng",
)
ORGAN_OWNERS = (
    "tỉnh ủy", "huyện ủy", "thành ủy", "quận ủy", "thị ủy", "đảng ủy", "hđnd", "ubnd", "hội đồng nhân dân",
    "ủy ban nhân dân", "uỷ ban nhân dân", "mttq", "ubmttq", "ủy ban mttq", "ủy ban mặt trận", "mặt trận",
    "chính phủ", "quốc hội", "đoàn đbqh", "đoàn đại biểu quốc hội", "trung ương", "quân sự", "sở", "bộ",
    "tỉnh đoàn", "huyện đoàn", "thành đoàn",
)
# Examples the tests check: (a table cell as a PDF's text layer gives it, the bodies it names).
ORGAN_EXAMPLES = (
    ("Ban Tuyên giáo Tỉnh ủy", ["Ban Tuyên giáo Tỉnh ủy"]),
    ("Văn phòng UBND tỉnh", ["Văn phòng UBND tỉnh"]),
    ("Thường trực HĐND huyện", ["Thường trực HĐND huyện"]),
    ("Cơ quan Ủy ban MTTQ Việt Nam tỉnh", ["Cơ quan Ủy ban MTTQ Việt Nam tỉnh"]),
    ("Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND huyện"]),
    ("Ban Chỉ huy Quân sự huyện", ["Ban Chỉ huy Quân sự huyện"]),
    ("Văn phòng UBND tỉnh Sở Tài chính", ["Văn phòng UBND tỉnh", "Sở Tài chính"]),
    ("cơ quan ngang bộ Bộ Tư pháp", ["cơ quan ngang bộ", "Bộ Tư pháp"]),
    ("Sở Tài chính và Sở Nội vụ", ["Sở Tài chính", "Sở Nội vụ"]),
)

# Examples the tests check: (a label line, its role).
LABEL_EXAMPLES = (
    ("- Cơ quan chủ trì: Sở Nội vụ.", "lead"),
    ("- Đơn vị phối hợp: các sở, ban, ngành tỉnh.", "coordinate"),
    ("+ Cơ quan thực hiện: Bộ Công an.", "implement"),
)

# In a table read from a PDF's text layer, a cell's line ending in a body's head with no name yet
# ("Ủy ban" / "Thường vụ Quốc hội", "Thủ tướng" / "Chính phủ") goes on on the next line
# (folded; matched at the end of the line's words).
NAME_OPEN_HEADS = (
    "ủy ban", "uỷ ban", "ban", "bộ", "sở", "cục", "tổng cục", "chi cục", "hội đồng", "văn phòng", "ban chỉ đạo",
    "ủy ban nhân", "uỷ ban nhân", "ủy ban thường vụ", "đài", "ngân hàng", "kho bạc", "trung tâm", "viện",
    "thủ tướng", "bộ trưởng", "thanh tra",
)

# The first syllable of a two-syllable kind of body ("cơ quan", "đơn vị", "địa phương", "cá
# nhân"), left alone at a body cell's end when a gazette's page break carries the rest of the cell
# over the next page's header ("Bộ Tài chính, các bộ, ngành, cơ" / page / "quan, tổ chức ..."): alone
# it names no one. Not "tổ", a word of its own ("các thôn, tổ").
KIND_FIRST_SYLLABLES = ("cơ", "đơn", "địa", "cá")
KIND_FIRST_SYLLABLE_EXAMPLES = (
    ("Bộ Tài chính, các bộ, ngành, cơ", "Bộ Tài chính, các bộ, ngành"),
    ("Cơ sở khám bệnh, chữa bệnh, cơ", "Cơ sở khám bệnh, chữa bệnh"),
    ("Ủy ban nhân dân cấp xã, đơn", "Ủy ban nhân dân cấp xã"),
    ("Ủy ban nhân dân các thôn, tổ", "Ủy ban nhân dân các thôn, tổ"),
)

# Bare kinds "concerned" closing a cell after a named body whose comma the export lost ("Sở Y tế
# cơ quan, đơn vị liên quan"): the bodies concerned, not the named body's name.
CONCERNED_KINDS = ("cơ quan", "đơn vị", "tổ chức", "cá nhân", "địa phương")
