"""Bodies (cơ quan, tổ chức, đơn vị) and the verbs that give them tasks. Matched on folded text.
Examples are checked by tests/test_patterns.py.
"""

from __future__ import annotations

# The forms of address before the posts a decision's closing article charges (Decree 30/2020/NĐ-CP:
# "Các Ông (Bà): Chánh Văn phòng ..., Giám đốc Sở ... chịu trách nhiệm thi hành Quyết định này";
# "các ông (bà) có tên tại Điều 1"). They head a body's name and, before a colon, are no body.
# The comma of "các ông, bà" is often dropped ("Các ông bà Phó Chủ tịch ... có trách nhiệm ...").
ADDRESS_FORMS = ("các ông (bà)", "các ông, bà", "các ông bà", "các ông/bà", "ông (bà)", "ông/bà")
# The posts a closing article names first after its salutation; a copy that lost the colon
# ("Các Ông, Bà Chánh Văn phòng Bộ ...") still opens the list with one of them, where "Các ông (bà)
# có tên tại Điều 1" addresses the persons themselves.
ADDRESSED_POSTS = ("chánh văn phòng", "chánh thanh tra", "giám đốc", "tổng giám đốc", "thủ trưởng", "chủ tịch",
                   "bộ trưởng", "vụ trưởng", "cục trưởng", "trưởng ban", "trưởng phòng")
ADDRESS_FORM_EXAMPLES = (
    ("Các ông bà: Trưởng các phòng chuyên môn", "Trưởng các phòng chuyên môn"),
    ("Các Ông, Bà Chánh Văn phòng Sở Xây dựng", "Chánh Văn phòng Sở Xây dựng"),
    ("Các ông (bà) Giám đốc các sở", "Giám đốc các sở"),
    ("Các Ông (Bà): Chánh Văn phòng UBND huyện", "Chánh Văn phòng UBND huyện"),
    ("Các ông/bà: Giám đốc Sở Tài chính", "Giám đốc Sở Tài chính"),
    ("Ông, Bà : Trưởng phòng Nội vụ", "Trưởng phòng Nội vụ"),
    ("Ông ( Bà ):Thủ trưởng các đơn vị", "Thủ trưởng các đơn vị"),
)

# Words a body's name starts with ("Ban Dân vận Huyện ủy", "UBND tỉnh", "các chi ủy").
BODY_HEADS = (
    "ban", "các ban", "ban chỉ đạo", "ban thường vụ", "ban chấp hành", "ban cán sự", "ban tuyên giáo",
    "ban dân vận", "ban tổ chức", "ban kiểm tra", "ban nội chính", "ban bí thư", "thường trực", "thường vụ",
    "ủy ban", "ubnd", "ubkt", "ủy ban kiểm tra", "ủy ban mặt trận", "mặt trận", "mttq", "hội đồng", "hđnd",
    "văn phòng", "phòng", "sở", "bộ", "cục", "vụ", "viện", "tòa án", "tand", "viện kiểm sát", "vksnd",
    "công an", "bộ chỉ huy", "ban chỉ huy", "quân sự", "đồn biên phòng", "trung tâm", "trường", "đài",
    "báo", "đảng ủy", "đảng bộ", "đảng đoàn", "đảng ủy khối", "chi ủy", "chi bộ", "cấp ủy", "các cấp ủy",
    "tỉnh ủy", "huyện ủy", "thành ủy", "quận ủy", "thị ủy", "tỉnh đoàn", "huyện đoàn", "thành đoàn",
    "quận đoàn", "thị đoàn", "đoàn thanh niên", "đoàn khối", "đoàn", "hội", "hội liên hiệp", "hội nông dân",
    "hội cựu chiến binh", "hội phụ nữ", "hội lhpn", "liên đoàn lao động", "công đoàn", "ldld", "lđlđ",
    "các tổ chức", "tổ chức cơ sở đảng", "các tổ chức cơ sở đảng", "các cơ quan", "cơ quan", "các đơn vị",
    "đơn vị", "các sở", "các phòng", "các phòng, ban", "các ngành", "các địa phương", "các huyện",
    "các xã", "ubnd các", "chánh án", "chánh tòa", "chánh văn phòng", "trưởng phòng", "trưởng ban", "vụ trưởng", "cục trưởng",
    "giám đốc", "thủ trưởng", "chủ tịch", "bí thư", "các đồng chí", "đồng chí", "tổ công tác", "tổ giúp việc",
    "hội đồng thi đua", "ban đại diện", "các chi bộ", "các chi ủy", "các đảng ủy", "đảng ủy các",
    "các cơ sở", "bch", "btv", "bcđ", "các thành viên", "thành viên", "cơ quan thường trực", "nhà trường",
    "các trường", "các doanh nghiệp", "doanh nghiệp", "tổng cục", "kho bạc", "ngân hàng", "bảo hiểm xã hội",
    "ubmttq", "ủy ban mttq", "các hội", "các đoàn thể", "đoàn thể", "hđtđ", "hội đồng thi đua - khen thưởng",
    "tập đoàn", "tổng công ty", "công ty", "các tỉnh", "các thành phố", "các quận", "các phường", "các thị xã",
    "các thị trấn", "các cấp", "học viện", "đại học", "bệnh viện", "chi cục", "ban quản lý", "nhà xuất bản",
    # The health facilities as the law on medical examination names them, a kind given duties
    # ("Cơ sở khám bệnh, chữa bệnh chịu trách nhiệm về ...")
    "cơ sở khám bệnh, chữa bệnh", "các cơ sở khám bệnh, chữa bệnh", "cơ sở khám, chữa bệnh",
    "tạp chí", "đài phát thanh", "thanh tra", "kho bạc nhà nước", "liên minh hợp tác xã", "ủy ban nhân dân",
    "hội đồng nhân dân", "chính phủ", "thủ tướng chính phủ", "bộ chính trị", "ban bí thư trung ương",
    # The legislature, named in lists of the political system's bodies ("đề nghị các cơ quan của
    # Đảng, Quốc hội, Mặt trận Tổ quốc Việt Nam ... phối hợp"), beside the Government.
    "quốc hội",
    # The central bodies of the Youth Union and its associations, news sites, and posts given tasks.
    "trung ương đoàn", "trung ương hội", "cổng thông tin", "cổng thông tin điện tử", "các nhà xuất bản",
    "cán bộ phụ trách", "chuyên viên", "phó chủ tịch", "các phó chủ tịch", "đoàn kiểm tra", "các ban thường trực",
    "các tổ", "tổ đại biểu", "ban công tác", "ban công tác mặt trận",
    # Heads of bodies as an execution clause names them ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
    # "Chánh Thanh tra tỉnh"): a lowercase word after the head is part of the post. Not "Bộ trưởng":
    # Decree 30's "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ..." names the ministries as one kind.
    "chỉ huy trưởng", "chánh thanh tra", "cục trưởng", "viện trưởng",
    # The minister of a named ministry ("Bộ trưởng Bộ Nội vụ, Chủ tịch Ủy ban nhân dân ... chịu trách
    # nhiệm thi hành", Decree 30's closing article of a Prime Minister's decision).
    "bộ trưởng bộ",
    "hiệu trưởng", "tổng biên tập", "tổng giám đốc",
    # A commune's stations ("Trạm Y tế xã", "Trạm Khuyến nông").
    "trạm", "các trạm",
    # Associations of trades ("Hiệp hội Doanh nghiệp tỉnh"), heads of bodies ("Giao người đứng đầu
    # các cơ quan chuyên môn ..."), the departments of an office ("các bộ
    # phận chuyên môn thuộc Cơ quan Ủy ban MTTQ xã"), and the persons a decision names ("các ông
    # (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này", Decree 30's closing article).
    # The Party committee's advisory organs (Regulation 66-QĐ/TW: "các cơ quan tham mưu, giúp việc
    # của Tỉnh ủy"): "tham mưu" there is part of the name, not the task.
    "các cơ quan chuyên trách tham mưu, giúp việc", "các cơ quan chuyên trách tham mưu giúp việc",
    "các cơ quan tham mưu, giúp việc", "các cơ quan tham mưu giúp việc", "cơ quan tham mưu, giúp việc",
    "cơ quan chuyên trách tham mưu, giúp việc", "cơ quan chuyên trách tham mưu giúp việc",
    "hiệp hội", "các hiệp hội", "người đứng đầu", "các bộ phận",
    *ADDRESS_FORMS,
    # The ministries as a kind ("các bộ, cơ quan ngang bộ"); the Youth Union's directly subordinate
    # unions ("Các Đoàn trực thuộc").
    "các bộ", "các đoàn trực thuộc",
    # The heads of the units a closing article lists last (Decree 30/2020/NĐ-CP: "Văn phòng ..., Sở
    # ... và Trưởng các ban, đơn vị có liên quan chịu trách nhiệm thi hành"): "Trưởng" before "các".
    "trưởng các",
    # Villages and residential groups of a commune; inspection teams ("Tổ kiểm tra liên ngành").
    "các thôn", "các tổ dân phố", "các khu phố", "các ấp", "tổ kiểm tra", "tổ liên ngành",
    # The provinces' merged press and broadcasting agencies (2025): "Báo và Phát thanh, Truyền hình Lai Châu".
    "báo và phát thanh",
    # The Youth Union's branches and its levels ("Các chi đoàn đăng ký ...", "Đoàn cấp huyện phân công ...").
    "chi đoàn", "các chi đoàn", "đoàn cấp tỉnh", "đoàn cấp huyện", "đoàn cấp xã", "đoàn cấp cơ sở",
    # The Union of a level named by the level in small letters, as Youth Union plans write it
    # ("Đoàn các xã, thị trấn phối hợp với ...", "Đoàn trường tổ chức ..."): "Đoàn" then no capital.
    "đoàn xã", "đoàn phường", "đoàn thị trấn", "đoàn trường", "đoàn các xã", "đoàn các phường",
    "đoàn các thị trấn", "đoàn các trường",
    # The Party's cells and committees named together, "chi bộ" shortened before "đảng bộ" as Party
    # documents write it ("Các chi, đảng bộ trực thuộc xây dựng kế hoạch ...").
    "các chi, đảng bộ", "chi, đảng bộ",
    # Party committees named in the plural as the letters' addressees and the tasks write them
    # ("Kính gửi: Các đảng bộ, chi bộ cơ sở trực thuộc", "các đảng bộ trực thuộc triển khai ..."),
    # beside "các chi bộ" and "các đảng ủy".
    "các đảng bộ",
)

# Words that begin like a body ("Báo", "Bộ", "Hội", "Tổ"...) but name a thing or an act; in a
# header written in capitals the capital letter after the head cannot tell them apart.
NOT_BODIES = (
    "báo cáo", "bộ tiêu chí", "bộ hồ sơ", "bộ câu hỏi", "bộ tài liệu", "bộ đề", "bộ chỉ số", "bộ công cụ",
    "bộ quy tắc", "bộ luật", "bộ sách", "hội nghị", "hội thi", "hội thảo", "hội diễn", "hội trại", "hội khỏe",
    "hội chợ", "ban hành", "đoàn viên", "đoàn kết", "đoàn ra", "đoàn vào", "phòng chống", "phòng, chống",
    "phòng ngừa", "trường hợp", "ban đầu",
    # The activity, not the inspectorate: "- Thanh tra, kiểm tra, xử lý theo thẩm quyền ...".
    "thanh tra, kiểm tra",
    # Members are persons, not bodies: "Hội Liên hiệp Phụ nữ xã vận động hội viên tham gia".
    "hội viên", "đảng viên",
)

# Verbs that give a task and the role they give (CONTRACT.md: lead, coordinate, advise, monitor,
# implement). The first word of a task after the body.
ROLE_VERBS: dict[str, str] = {
    "chủ trì": "lead",
    "là cơ quan thường trực": "lead",
    "là đầu mối": "lead",
    "làm thường trực": "lead",
    "là thường trực": "lead",
    "thường trực": "lead",
    "làm đầu mối": "lead",
    "phối hợp": "coordinate",
    "tham mưu": "advise",
    "đề xuất": "advise",
    "theo dõi": "monitor",
    "đôn đốc": "monitor",
    "giám sát": "monitor",
    "kiểm tra, đôn đốc": "monitor",
}

# How a body is to work with its partners, written between "phối hợp" and "với" (folded):
# "chủ trì, phối hợp chặt chẽ, quyết liệt với Ban Tuyên giáo Trung ương, ...", "phối hợp thường
# xuyên và hiệu quả với ...". The bodies after "với" are the partners all the same.
COORDINATION_MANNERS = (
    "chặt chẽ", "quyết liệt", "thường xuyên", "tốt", "đồng bộ", "hiệu quả", "kịp thời", "nhịp nhàng",
    "toàn diện", "tích cực", "sâu sát",
)
COORDINATION_EXAMPLES = (
    ("Giao Bộ Nội vụ chủ trì, phối hợp chặt chẽ, quyết liệt với Bộ Tài chính tổng kết.", "Bộ Tài chính"),
    ("Giao Sở Y tế chủ trì, phối hợp thường xuyên và hiệu quả với Sở Công Thương kiểm tra.", "Sở Công Thương"),
    ("Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát.", "Sở Nội vụ"),
)

# An organ named by its functions (the Party's "cơ quan tham mưu, giúp việc" of a committee, Regulation
# on the organs of provincial committees): after "cơ quan" the functions' verbs are words of the name
# ("các cơ quan tham mưu, giúp việc của Tỉnh ủy tăng cường ..."), not its task.
ORGAN_FUNCTIONS = ("tham mưu, giúp việc", "tham mưu giúp việc")
ORGAN_FUNCTION_EXAMPLES = (
    ("4. Đảng ủy Ủy ban nhân dân tỉnh, các cơ quan tham mưu, giúp việc của Tỉnh ủy tăng cường kiểm tra, đôn đốc.",
     ["Đảng ủy Ủy ban nhân dân tỉnh", "các cơ quan tham mưu, giúp việc của Tỉnh ủy"]),
    ("5. Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy theo dõi, đôn đốc.",
     ["Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy"]),
    # the verbs of a task after a body's name stay its task
    ("6. Sở Nội vụ tham mưu, giúp Ủy ban nhân dân tỉnh theo dõi.", ["Sở Nội vụ"]),
)

# Verbs (and connectors) that end a body's name: what follows is the task, not the name.
ACTION_WORDS = (
    "chủ trì", "phối hợp", "tham mưu", "theo dõi", "đôn đốc", "tổng hợp", "xây dựng", "triển khai",
    "tổ chức", "thực hiện", "hướng dẫn", "kiểm tra", "báo cáo", "chỉ đạo", "lãnh đạo", "quán triệt",
    "cụ thể hóa", "bám sát", "có trách nhiệm", "chịu trách nhiệm", "căn cứ", "trên cơ sở", "tập trung",
    "quan tâm", "đăng ký", "phát động", "rà soát", "tuyên truyền", "giúp", "bố trí", "đảm bảo", "bảo đảm",
    "phân công", "nghiên cứu", "ban hành", "lựa chọn", "gửi", "tiếp tục", "thường xuyên", "chủ động",
    "theo chức năng", "nhiệm vụ", "căn cứ vào", "đẩy mạnh", "đẩy nhanh", "nâng cao", "phát huy", "vận động",
    "cử", "chuẩn bị", "đề nghị", "giao", "có kế hoạch", "lập", "định hướng",
    "cung cấp", "hỗ trợ", "cụ thể", "tăng cường", "duy trì", "phổ biến", "lồng ghép", "chấp hành", "sơ kết",
    "tổng kết", "đánh giá", "xem xét", "thẩm định", "bố trí", "dự toán", "cân đối", "phát hành",
    "đưa tin", "mở chuyên mục", "là", "được", "cần", "phải", "sẽ", "có", "trong", "theo", "để",
    "với", "tiến hành", "kịp thời", "ra quân", "thành lập", "kiện toàn", "chọn", "đăng tải", "đóng góp",
    "tham gia", "tích cực", "chuyển", "giải quyết", "xử lý", "trình", "tiếp nhận", "cập nhật",
    "không", "chưa", "đã", "làm", "nghiêm túc", "khẩn trương", "quyết liệt", "sớm", "trực tiếp",
    "nhắc nhở", "lưu ý", "thông báo", "giám sát", "điện thoại", "email", "số điện thoại", "đối với", "địa chỉ",
    # A body announcing or thanking ("Văn phòng Chính phủ vừa có Công văn", "Bộ Nội vụ trân trọng
    # cảm ơn", "Văn phòng Trung ương Đoàn thông tin"): the name ends there.
    "vừa", "xin", "trân trọng", "kính", "thông tin", "cảm ơn", "mới đây",
    "công bố", "mở", "đăng", "biên soạn", "tham dự", "yêu cầu", "chi trả", "từ", "thường trực", "thống nhất",
    # Receiving guests ("Ban Tổ chức Giải thưởng đón tiếp đại biểu"); a purpose clause ("... nhằm hỗ trợ");
    # being informed ("để Sở Nội vụ biết, tổng hợp"), having received ("Hội Nông dân tỉnh nhận được
    # Công văn số ...").
    "đón tiếp", "nhằm", "biết", "nhận được",
    # Answering a petition or a letter ("giao Sở A phối hợp với Sở B trả lời đơn của bà ...").
    "trả lời",
    # Attending, considering ("phân công cấp ủy dự và trao tặng", "đề nghị cấp ủy cấp trên xét, ..."):
    # "dự" only before another verb, as "dự án", "dự thảo" are things.
    "dự và", "dự,", "xét",
    # Printing ("Trung ương Đoàn in và gửi các ấn phẩm"): "in" only before another verb or a comma.
    "in và", "in,", "in ấn",
    # All at once ("Các cấp bộ Đoàn đồng loạt đăng tải ..."): a word of the task, not of the name.
    "đồng loạt", "định kỳ", "hằng năm", "hàng năm", "hằng tháng", "hàng tháng", "hằng quý", "hàng quý", "qua",
    # "mỗi <period>" says the same ("Đoàn cấp tỉnh mỗi năm tổ chức ít nhất một hoạt động").
    "mỗi năm", "mỗi quý", "mỗi tháng", "mỗi tuần",
    # Proposing, the advising role ("Ban quản lý Dự án đầu tư - hạ tầng Xã đề xuất triển khai ...").
    "đề xuất",
    # Standing ready, a directive's task ("Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện").
    "sẵn sàng",
    # The issuer concluding or giving its opinion ("Phó Chủ tịch UBND tỉnh kết luận như sau").
    "kết luận", "có ý kiến",
)

# Words of ACTION_WORDS that end a name but start no task: prepositions, contact details, the
# words of a topic. A body named as a sentence's subject is given a task only when a verb (or a
# label's colon) follows its name: "còn 08 hội: Hội Văn học nghệ thuật tỉnh; Hội Người mù tỉnh
# gặp khó khăn trong ..." lists bodies a letter reports on, it gives them nothing.
NOT_TASK_WORDS = ("trong", "theo", "với", "từ", "để", "đối với", "điện thoại", "email", "số điện thoại", "địa chỉ",
                  "nhiệm vụ", "cụ thể", "dự toán")
TASK_FOLLOWS_EXAMPLES = (
    ("Sở Nội vụ hướng dẫn các đơn vị.", True),
    ("Ban Tuyên giáo: là đơn vị thường trực.", True),
    ("Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.", True),
    ("Hội Người mù tỉnh gặp khó khăn trong vấn đề khắc dấu.", False),
    ("Hội Kiến trúc sư tỉnh, Hội Bảo trợ Bệnh nhân nghèo người khuyết tật và bảo vệ quyền trẻ em tỉnh;", False),
)

# Words that open a clause of purpose ("Nhằm hỗ trợ thí sinh ...", "Để triển khai ..."): never a
# word of a name, even capitalised where a reflowed line joined a name to the next sentence; a
# body right before them is given no task by that clause.
PURPOSE_WORDS = ("nhằm", "để")
PURPOSE_EXAMPLES = (
    ("Phó Chủ tịch Trung ương Hội Liên hiệp Thanh niên Việt Nam Nhằm hỗ trợ thí sinh", "Nhằm"),
    ("Ban Tổ chức Để bảo đảm an toàn", "Để"),
)

# Names a head alone does not make: "Trung tâm", "Thường trực" without whose.
GENERIC_HEADS = ("trung tâm", "thường trực", "đơn vị", "cơ quan", "trường", "đoàn thanh niên", "hội", "đoàn", "ban", "phòng", "ủy ban",
                 "cấp ủy", "cấp ủy cấp trên", "cấp ủy cùng cấp",
                 # every level of the Union: reached through the bodies that direct them, no one named
                 "các cấp bộ đoàn", "cấp bộ đoàn")

# Headings of the section that gives tasks (folded, at the start of the heading).
IMPLEMENTATION_HEADINGS = (
    "tổ chức thực hiện",
    "trách nhiệm thực hiện",
    "phân công thực hiện",
    "phân công tổ chức thực hiện",
    "phân công nhiệm vụ",
    "phân công trách nhiệm",
    "trách nhiệm của các cơ quan",
    "trách nhiệm của các đơn vị",
    "tổ chức triển khai",
    "hiệu lực và trách nhiệm thi hành",
)

# Headings of a section of duties that stands apart from "Tổ chức thực hiện" ("IV. NHIỆM VỤ CỤ
# THỂ" over "1.1. Sở Tài chính", "1.2. Trách nhiệm của ..."): only its sub-headings that name a
# body, and its "Sở Xây dựng: hướng dẫn ..." lines, give tasks; its sentences describe the work.
DUTY_SECTION_HEADINGS = ("nhiệm vụ", "trách nhiệm")
# Heading words before the body whose duties follow: "1.5. Trách nhiệm của đối tượng thực hiện
# kiểm kê:", "1. Nhiệm vụ của thành viên Ban Chỉ đạo".
DUTY_OF = ("trách nhiệm của", "nhiệm vụ của", "nhiệm vụ cụ thể của", "nhiệm vụ, quyền hạn của")
# The same before a body's name only ("Đối với các thôn, tổ dân phố"; "Đối với tài sản công" is a topic).
DUTY_FOR = ("đối với",)
DUTY_EXAMPLES = (
    ("IV. NHIỆM VỤ CỤ THỂ\n1. Sở Tài chính\n- Tổng hợp kết quả kiểm kê.\n", "Sở Tài chính"),
    ("IV. NHIỆM VỤ CỤ THỂ\n1. Trách nhiệm của đối tượng thực hiện kiểm kê:\n- Thành lập Tổ kiểm kê.\n", "đối tượng thực hiện kiểm kê"),
    ("III. NHIỆM VỤ\n- Phối hợp hướng dẫn thực hiện. Trong đó:\n+ Sở Xây dựng: hướng dẫn kiểm kê tài sản.\n", "Sở Xây dựng"),
    ("III. TỔ CHỨC THỰC HIỆN\n5. Đối với các thôn, tổ dân phố\n- Tuyên truyền đến từng hộ gia đình.\n", "các thôn, tổ dân phố"),
)

# What a letter calls its addressees when it asks them ("đề nghị các đơn vị có ý kiến", "đề nghị
# các đồng chí chủ động thảo luận"): the bodies of its "Kính gửi" line (folded, after "đề nghị").
# "quý Bộ", "quý Sở" ...: the letter's addressee named with the courtesy "quý" (a Government
# Office letter: "Văn phòng Chính phủ đề nghị quý Bộ khẩn trương báo cáo").
ADDRESSEE_WORDS = ("các đơn vị", "các đồng chí", "đồng chí", "quý cơ quan", "quý đơn vị", "các cơ quan, đơn vị",
                   "quý bộ", "quý sở", "quý ban", "quý ủy ban", "quý tỉnh")

# Posts a letter's list of addressees names with their body ("Ủy viên Ban Thường vụ Đảng ủy ...",
# "Trưởng các đoàn thể thuộc cơ quan ..."): the post's holders are called, as the body is (folded).
ADDRESSEE_POSTS = ("ủy viên", "trưởng", "phó trưởng", "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "giám đốc", "thủ trưởng", "chánh văn phòng")
# Examples the tests check: (item of a Kính gửi list, called).
ADDRESSEE_POST_EXAMPLES = (
    ("Ủy viên Ban Thường vụ Đảng ủy Khối", True),
    ("Trưởng các đoàn thể thuộc cơ quan Tỉnh đoàn", True),
    ("Trưởng thôn", False),
)

# Letters (công văn): their closing may hand the addressee the next step ("... để Sở Nội vụ tổng hợp").
LETTER_TYPES = ("CV",)

# Verbs of a task that a letter's addressee is to do after "để"/"gửi" and its name; receiving words
# ("biết", "nắm") are not among them.
TASK_VERBS = (
    "tổng hợp", "tham mưu", "xem xét", "theo dõi", "chỉ đạo", "phối hợp", "giải quyết", "xử lý", "thực hiện",
    "triển khai", "hướng dẫn", "báo cáo", "trả lời", "quyết định", "cho ý kiến", "phê duyệt", "thẩm định",
)
TASK_VERB_EXAMPLES = (
    ("Ban Tuyên giáo Tỉnh ủy có ý kiến để Sở Nội vụ tổng hợp.", "Sở Nội vụ"),
    ("Liên đoàn Lao động tỉnh thông tin để Sở Nội vụ biết, tổng hợp.", "Sở Nội vụ"),
    ("Hội Nông dân tỉnh kính gửi Sở Tư pháp xem xét, tham mưu.", "Sở Tư pháp"),
)

# A notice's closing names whom it informs and what they are then to do: "Ban Chấp hành Đảng bộ
# tỉnh thông báo để các đảng bộ trực thuộc Tỉnh ủy; các cơ quan ... biết, triển khai thực hiện".
# The bodies between the two are given the task after "biết"; informed only, they are given nothing.
NOTICE_FOR = ("thông báo để",)
# Or it names what it notifies first and then whom, after "đến" / "tới" (Decree 30's notice of
# conclusions: "Văn phòng ... trân trọng thông báo ý kiến kết luận của đồng chí ... đến các cơ quan,
# đơn vị có liên quan biết, thực hiện"): the bodies between the last of these words and "biết".
NOTICE_TO = ("đến", "tới")
INFORMED_WORDS = ("biết",)
NOTICE_CLOSING_EXAMPLES = (
    ("Ban Chấp hành Đảng bộ tỉnh thông báo để các đảng bộ trực thuộc Tỉnh ủy; các cơ quan chuyên trách tham mưu, "
     "giúp việc Tỉnh ủy biết, triển khai thực hiện.", ["các đảng bộ trực thuộc Tỉnh ủy", "các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy"]),
    ("Văn phòng Ủy ban nhân dân tỉnh thông báo để Ủy ban nhân dân huyện\nTân Phú và các cơ quan liên quan biết, thực hiện./.",
     ["Ủy ban nhân dân huyện Tân Phú"]),
    # A scan's "biệt" for "biết"; what follows gives the role.
    ("Văn phòng Tỉnh ủy thông báo để Sở Nội vụ biệt, phối hợp thực hiện.", ["Sở Nội vụ"]),
    ("Văn phòng Tỉnh ủy thông báo để các đơn vị, cán bộ, đảng viên biết.", []),
    # Kinds in small letters name no one.
    ("Văn phòng Chính phủ thông báo để các bộ, các địa phương và Ủy ban nhân dân tỉnh An Lạc biết, thực hiện.",
     ["Ủy ban nhân dân tỉnh An Lạc"]),
    # The bodies concerned, the only ones the closing names, are those it asks.
    ("Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.", ["các cơ quan, đơn vị liên quan"]),
    # Whom, after what is notified: the last "đến" before "biết" (not the one inside the subject).
    ("Văn phòng Ủy ban nhân dân tỉnh trân trọng thông báo ý kiến kết luận của đồng chí Phó Chủ tịch về việc chuẩn bị "
     "đến cuối năm đến các cơ quan, đơn vị có liên quan biết, thực hiện./.", ["các cơ quan, đơn vị có liên quan"]),
    ("Văn phòng Tỉnh ủy thông báo ý kiến của Thường trực Tỉnh ủy tới Ban Dân vận Tỉnh ủy\nvà Sở Nội vụ biết, phối hợp thực hiện.",
     ["Ban Dân vận Tỉnh ủy", "Sở Nội vụ"]),
    ("Văn phòng Tỉnh ủy thông báo kết quả hội nghị đến các đơn vị biết.", []),
)

# Reports tell what was done (Decree 30/2020/NĐ-CP, Guidance 36-HD/VPTW: báo cáo): "Ban Thường vụ
# Tỉnh ủy đã ban hành ... và phân công nhiệm vụ cho các huyện ủy", "Ban Bí thư giao Ban Tuyên giáo
# là đơn vị thường trực theo dõi" narrate an assignment made elsewhere, by the body or words that
# open the sentence. Only an assignment opening its sentence ("Giao Ban Tuyên giáo ...") is one the
# report gives.
REPORT_TYPES = ("BC",)

# Document types whose whole body gives tasks when no "Tổ chức thực hiện" section does:
# directives, official letters, notices of conclusions.
TASK_DOCUMENT_TYPES = ("CT", "CV", "TB", "KL", "CĐ")

# Plans, programmes, guidance, schemes and directives say in their content sections, too, who
# does what ("3. Phương thức triển khai: ... Báo Tiền Phong, Báo Thanh niên mở chuyên mục ...",
# "Bước 2: Đoàn cấp huyện phân công cán bộ theo dõi ..."): a body opening a clause there, with
# a verb after its name, is given that task. Reports and letters tell what was done instead.
PLAN_TYPES = ("KH", "CTr", "HD", "ĐA", "CT")
# Headings (folded, at the start) of the parts of a plan that tell why and on what grounds, or
# what was done before: their sentences give no tasks ("I. ĐÁNH GIÁ KẾT QUẢ ...").
BACKGROUND_HEADINGS = (
    "mục đích", "mục tiêu", "căn cứ", "sự cần thiết", "tình hình", "kết quả", "đánh giá", "thực trạng",
    "bối cảnh", "quan điểm", "đặc điểm", "cơ sở", "phạm vi", "đối tượng", "kinh phí",
)
# What a plan or a regulation writes to explain its terms, not to give tasks (Decree 30/2020/NĐ-CP
# and the laws it follows: a "Giải thích từ ngữ" article, "X là ...", "X được hiểu là ..."): an
# item headed by one of these words, or an item whose heading is a term followed by ": Là ...",
# says what things are and how they are classed ("Cơ quan nhà nước cung cấp dịch vụ công trực
# tuyến theo 02 mức độ như sau:" explains the term's levels): a body named there is given nothing.
TERMS_HEADINGS = ("khái niệm", "các khái niệm", "giải thích từ ngữ", "giải thích thuật ngữ", "thuật ngữ", "định nghĩa")
DEFINING_WORDS = ("là", "được hiểu là", "được định nghĩa là")
DEFINITION_EXAMPLES = (
    ("II. NỘI DUNG\n1. Dịch vụ công\n1.1. Dịch vụ công trực tuyến: Là dịch vụ của cơ quan nhà nước trên môi trường mạng. "
     "Cơ quan nhà nước cung cấp dịch vụ công trực tuyến theo 02 mức độ như sau:\n- Toàn trình: là dịch vụ trọn vẹn.\n"
     "1.2. Tổ chức\nĐoàn cấp tỉnh tổ chức hướng dẫn thanh niên sử dụng dịch vụ.\n", ["Đoàn cấp tỉnh"]),
    ("II. NỘI DUNG\n1. Giải thích từ ngữ\nBan Tuyên giáo Tỉnh đoàn tổ chức hội nghị theo 03 cấp độ như sau:\n"
     "2. Triển khai\nĐoàn cấp tỉnh tổ chức hướng dẫn thanh niên.\n", ["Đoàn cấp tỉnh"]),
    ("II. NỘI DUNG\n1. Khái niệm “Năng lực số”\nĐoàn cấp tỉnh được hiểu là tổ chức Đoàn trực thuộc Trung ương Đoàn. "
     "Ban Tuyên giáo Tỉnh đoàn hướng dẫn nội dung.\n2. Triển khai\nĐoàn cấp huyện tổ chức hướng dẫn thanh niên.\n",
     ["Đoàn cấp huyện"]),
    # A regulation's article of terms, its clauses numbered beside it.
    ("Điều 2. Giải thích từ ngữ\nTrong Quy chế này, các từ ngữ dưới đây được hiểu như sau:\n"
     "1. Cơ quan chủ trì là cơ quan quản lý dữ liệu. Sở Thông tin và Truyền thông chủ trì cấp tài khoản theo 02 mức độ.\n"
     "2. Cơ quan phối hợp là cơ quan cung cấp dữ liệu.\nĐiều 3. Trách nhiệm\nSở Tư pháp chủ trì tổ chức thực hiện.\n",
     ["Sở Tư pháp"]),
    # A body heading its item, with what it is and then its tasks, is still given them.
    ("II. NỘI DUNG\n1. Ban Chỉ đạo tỉnh: là cơ quan tham mưu cho Tỉnh ủy. Ban Chỉ đạo tỉnh tổ chức kiểm tra.\n",
     ["Ban Chỉ đạo tỉnh", "Ban Chỉ đạo tỉnh"]),
)
# Words after a body's name that tell what is or was, not what it is to do.
NOT_TASK_OPENERS = ("đã", "đang", "được", "vừa", "là", "có", "không", "chưa", "cũng", "mới", "sẽ được")
# The organs of an event the document itself sets up ("Ban Tổ chức", "Ban Giám khảo" of a contest):
# the rules describe how they work, the issuer acting through them.
EVENT_ORGANS = ("ban tổ chức", "ban giám khảo", "hội đồng giám khảo", "hội đồng chấm thi", "ban thư ký", "tổ thư ký")
# The events whose organs are named after them ("Ban Tổ chức cuộc thi", "Ban Tổ chức Giải thưởng"):
# wherever they stand, the rules of the event describe their work; no task is given to them.
EVENTS = ("cuộc thi", "hội thi", "giải thưởng", "giải", "liên hoan", "hội diễn", "hội thao", "chương trình")
EVENT_ORGAN_EXAMPLES = ("Ban Tổ chức cuộc thi", "Ban Tổ chức Giải thưởng", "Hội đồng giám khảo cuộc thi")
# Lower-case words a body's name may hold besides the words of its heads: "Các Nhà Xuất bản
# thuộc Trung ương Đoàn", "Ủy ban nhân dân các xã". A name read from a sentence's start with any
# other ("Đoàn cấp tỉnh định kỳ", "Chi bộ hàng năm") ran into the sentence.
NAME_WORDS = (
    "của", "thuộc", "trực", "và", "các", "những", "cấp", "nhân", "dân", "tỉnh", "huyện", "xã", "thành", "phố", "quận",
    "phường", "thị", "trấn", "khối", "phong", "trào", "liên", "quan", "có", "trung", "ương", "đảng", "đoàn", "hội",
    "đội", "ngành", "đoàn thể", "chính", "trị", "xã hội", "bộ", "ban", "sở", "cơ", "sở", "huyện", "thôn", "ấp",
)
# Words that end a name whole though its last word usually opens more ("thuộc" before its owner):
# "các đơn vị trực thuộc", "các tỉnh, thành đoàn và đoàn trực thuộc" name the units directly under
# the issuer, the owner understood.
CLOSED_NAME_ENDS = ("trực thuộc",)
# A body told by where it is, in a clause of place after its name, before the verb that gives it
# its task (Party and State guidance on merging units: "Tỉnh ủy nơi được xác định là trung tâm chính
# trị - hành chính ... chủ trì", "Ủy ban nhân dân tỉnh nơi đặt trụ sở chủ trì"): the clause is part
# of the name, which body it is.
WHERE_CLAUSE_WORDS = ("nơi",)
WHERE_CLAUSE_EXAMPLES = (
    ("1. Tỉnh ủy nơi được xác định là trung tâm chính trị - hành chính của tỉnh sau hợp nhất chủ trì, phối hợp với "
     "Tỉnh ủy Bình An xây dựng Đề án.", ["Tỉnh ủy nơi được xác định là trung tâm chính trị - hành chính của tỉnh sau hợp nhất", "Tỉnh ủy Bình An"]),
    ("2. Ủy ban nhân dân xã nơi đặt trụ sở chủ trì tổ chức bàn giao.", ["Ủy ban nhân dân xã nơi đặt trụ sở"]),
)
CONTENT_SUBJECT_EXAMPLES = (
    ("II. NỘI DUNG\n1. Mở chuyên mục: Báo Tiền Phong, Báo Thanh niên mở chuyên mục trên báo điện tử.\n", "Báo Tiền Phong"),
    ("II. NỘI DUNG\n2. Bước 2. Tổng hợp: Đoàn cấp huyện phân công cán bộ theo dõi.\n", "Đoàn cấp huyện"),
    ("II. NỘI DUNG\n3. Gây quỹ\nCác chi đoàn đăng ký mở gian hàng gây quỹ.\n", "Các chi đoàn"),
    ("I. KẾT QUẢ ĐẠT ĐƯỢC\nBan Tuyên giáo tổ chức 12 hội nghị.\n", None),
    ("II. NỘI DUNG\n1. Tuyên truyền\nBan Tuyên giáo đã tổ chức hội nghị.\n", None),
    ("II. NỘI DUNG\n1. Tổng hợp\nĐoàn cấp tỉnh định kỳ tổ chức diễn đàn.\n", "Đoàn cấp tỉnh"),
    ("II. NỘI DUNG\n1. Tổng hợp\nĐoàn cấp tỉnh mỗi năm tổ chức ít nhất một diễn đàn.\n", "Đoàn cấp tỉnh"),
    ("II. NỘI DUNG\n1. Thi\nThành viên của đội tuyển tham gia thi đấu.\n", None),
    ("II. NỘI DUNG\n2. Kiểm tra\nCác tỉnh, thành đoàn và đoàn trực thuộc tăng cường theo dõi, đôn đốc.\n",
     "Các tỉnh, thành đoàn và đoàn trực thuộc"),
    ("II. THỂ LỆ\n1. Chấm thi\nBan Tổ chức, Ban Giám khảo sẽ đánh giá và trao giải.\n", None),
    ("II. THỂ LỆ\n1. Chấm thi\nBan Giám khảo chấm bài dự thi.\n", None),
    # A line the export wrapped in the middle of a name opens no clause.
    ("II. NỘI DUNG\n1. Đô thị văn minh\nTheo Quyết định số 04/2022/QĐ-TTg của Thủ tướng\nChính phủ hướng dẫn các tiêu chí.\n", None),
)

# A kind of body and a list of the names it heads, after a colon (Decree 30's closing article and
# plans alike): "Giám đốc các Sở: Nội vụ, Tài chính, Tư pháp", "Các Bộ: Quốc phòng, Tài chính".
# Each name is a body of that kind ("Sở Nội vụ", "Bộ Tài chính"); the heads' titles before the
# kind ("Giám đốc", "Bộ trưởng") are dropped, as the lists name the bodies. Folded keys.
KIND_LISTS = {"sở": "Sở", "bộ": "Bộ"}
KIND_LIST_TITLES = ("giám đốc", "thủ trưởng", "bộ trưởng", "lãnh đạo")
# Names of bodies written with a comma inside: in a list the comma after their first part does not
# end the name (folded). Besides ministries and departments, the Party committee of the Front and
# the central mass organisations (2025: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương").
NAMES_WITH_COMMA = ("văn hóa, thể thao và du lịch", "lao động, thương binh và xã hội", "mặt trận tổ quốc, các đoàn thể trung ương")
# The fields in the names of ministries and departments joined by "và" (Decree 45/2025/NĐ-CP and
# those before it): "và" before a small letter goes on with the name there, as web copies and
# letters often write "Sở Lao động - Thương binh và xã hội" (folded).
NAMES_WITH_AND = (
    "thương binh và xã hội", "kế hoạch và đầu tư", "tài nguyên và môi trường", "khoa học và công nghệ",
    "thông tin và truyền thông", "giáo dục và đào tạo", "nông nghiệp và phát triển nông thôn",
    "nông nghiệp và môi trường", "thể thao và du lịch", "dân tộc và tôn giáo", "văn hóa và thông tin",
)
# A council's delegates in their groups and singly, named together with the council once at the end:
# the closing article of a People's Council resolution ("Giao Thường trực Hội đồng nhân dân, các Ban
# của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện
# Nghị quyết"). The words before "và" and after it (folded): one body, not two.
DELEGATES_WITH_AND = (("tổ đại biểu", "đại biểu"),)
DELEGATES_WITH_AND_EXAMPLES = (
    ("Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân "
     "tỉnh giám sát việc thực hiện Nghị quyết này.",
     ["Thường trực Hội đồng nhân dân", "các Ban của Hội đồng nhân dân", "các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh"]),
)
NAMES_WITH_AND_EXAMPLES = (
    ("Sở Lao động - Thương binh và xã hội chủ trì, phối hợp với Sở Y tế.", "Sở Lao động - Thương binh và xã hội"),
    ("Sở Nông nghiệp và phát triển nông thôn chủ trì thực hiện.", "Sở Nông nghiệp và phát triển nông thôn"),
    ("Ban Bí thư và cơ quan tham mưu chủ trì thực hiện.", "Ban Bí thư"),
)
KIND_LIST_EXAMPLES = (
    ("Giám đốc các Sở: Nội vụ, Tài chính, Tư pháp", ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp"]),
    ("Các Bộ: Quốc phòng, Tài chính", ["Bộ Quốc phòng", "Bộ Tài chính"]),
    ("Giám đốc Sở: Lao động - Thương binh và Xã hội, Thông tin và Truyền thông",
     ["Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông"]),
    ("các Sở: Xây dựng, Văn hóa, Thể thao và Du lịch", ["Sở Xây dựng", "Sở Văn hóa, Thể thao và Du lịch"]),
)

# A leader's post opening the sentence of a request, with or without the person's name: the
# issuer's head speaking for it (a Government Office letter conveys "Phó Thủ tướng Nguyễn Văn A
# yêu cầu Bộ ...", a province's "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu ..."). Folded.
SPEAKER_POSTS = (
    "thủ tướng", "phó thủ tướng", "chủ tịch", "phó chủ tịch", "bộ trưởng", "thứ trưởng", "bí thư",
    "phó bí thư", "giám đốc", "phó giám đốc", "trưởng ban", "phó trưởng ban",
)
SPEAKER_EXAMPLES = (
    ("Phó Thủ tướng Nguyễn Văn An yêu cầu Bộ Tài chính khẩn trương báo cáo.", "Bộ Tài chính"),
    ("Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Văn Bình đề nghị Sở Y tế chủ trì thực hiện.", "Sở Y tế"),
)

# A meeting chaired ("Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị", news of the event): the chair
# of a sitting leads no task; a task's lead (Decree 30/2020, Guidance 36-HD/VPTW) is "X chủ trì,
# phối hợp với Y ..." or "X chủ trì tổ chức hội nghị ..." (holding it is the task).
CHAIRED_SITTINGS = ("hội nghị", "cuộc họp", "phiên họp", "buổi họp", "buổi làm việc", "buổi lễ", "lễ", "buổi tọa đàm", "tọa đàm", "đại hội")
CHAIRED_EXAMPLES = (  # (sentence, body, whether it is given a task)
    ("Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn An chủ trì hội nghị.", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn An", False),
    ("Thường trực Huyện ủy chủ trì buổi làm việc với các xã.", "Thường trực Huyện ủy", False),
    ("Ban Dân vận Huyện ủy chủ trì tổ chức hội nghị sơ kết phong trào.", "Ban Dân vận Huyện ủy", True),
    ("Ban Dân vận Huyện ủy chủ trì, phối hợp với Ủy ban MTTQ huyện tổ chức hội nghị.", "Ban Dân vận Huyện ủy", True),
)
# A document named by the act it records ("thông báo phân công thành viên phụ trách các xã",
# "quyết định giao chỉ tiêu"): the noun before "phân công" / "giao" makes it a title, not the act.
ACT_DOCUMENT_NOUNS = ("thông báo", "quyết định", "kế hoạch", "văn bản", "công văn", "tờ trình", "dự thảo")
ACT_DOCUMENT_EXAMPLES = (  # (sentence, body, whether it is given a task)
    ("Hội nghị thông qua dự thảo Kế hoạch của Ban Chỉ đạo và thông báo phân công thành viên phụ trách chỉ đạo các xã.",
     "thành viên phụ trách", False),
    ("Ủy ban nhân dân huyện phân công Phòng Nội vụ theo dõi, tổng hợp kết quả.", "Phòng Nội vụ", True),
)

# The type line of a plan or programme annexed to the decision that issues it, alone on its line
# after the decision's signature (as printed, in capitals): its content is read as a plan's.
ANNEXED_PLAN_TITLES = ("KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "PHƯƠNG ÁN")

# Bodies pointed to by an article rather than named ("Các cơ quan, đơn vị ... nêu tại Điều 1 Quyết định
# này", "Thủ trưởng các Sở, Ban, Ngành nêu tại Điều 7 Quy định này"): the article names them, and
# there each is given its task; the pointer names no one (folded). People pointed to ("các ông (bà) có
# tên tại Điều 1", "các thành viên quy định tại Điều 1": the members a decision appoints) are the
# ones tasked, named nowhere else: they stay.
NAMED_IN_ARTICLE = (
    r"(?<![\wđ])(?:cơ quan|đơn vị|địa phương|sở|ban|ngành|bộ)(?![\wđ]).*"
    r"(?:nêu|quy định|có tên|ghi)\s+tại\s+(?:điều|khoản|mục|phụ lục)(?![\wđ])"
)
NAMED_IN_ARTICLE_EXAMPLES = (
    ("Các cơ quan, đơn vị, địa phương được phân bổ kế hoạch vốn năm 2023 nêu tại Điều 1 Quyết định này", True),
    ("Thủ trưởng các Sở, Ban, Ngành nêu tại Điều 7 Quy định này", True),
    ("Các cơ quan, đơn vị có tên tại Phụ lục kèm theo", True),
    ("Sở Tài chính", False),
    ("các ông (bà) có tên tại Điều 1", False),
    ("các thành viên quy định tại Điều 1", False),
)

# The closing formula of a plan, a guidance or a letter (Decree 30): "Trong quá trình thực hiện,
# nếu có khó khăn, vướng mắc, đề nghị các bộ, ngành và địa phương kịp thời phản ánh về Bộ Công an":
# whoever meets a difficulty is told where to report it, a catch-all that gives no one a task.
# A request whose sentence opens with such a condition is read as that formula (folded).
DIFFICULTY_CONDITION = (
    r"(?<![\wđ])(?:nếu|khi|trường hợp)\s+(?:có|gặp|phát sinh)\s+(?:những\s+|các\s+)?"
    r"(?:khó\s+khăn|vướng\s+mắc|vấn\s+đề\s+phát\s+sinh|phát\s+sinh)(?![\wđ])"
)
DIFFICULTY_CONDITION_EXAMPLES = (
    ("Trong quá trình thực hiện Kế hoạch này, nếu có khó khăn, vướng mắc, ", True),
    ("Quá trình triển khai, trường hợp có vướng mắc phát sinh, ", True),
    ("Khi gặp khó khăn trong quá trình tổ chức, ", True),
    ("Để tháo gỡ khó khăn cho doanh nghiệp, ", False),
    ("Trên cơ sở kết quả rà soát, ", False),
)
