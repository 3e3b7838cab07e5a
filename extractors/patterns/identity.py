"""How a page states a document's identity when it does not copy the document's header block.

- A legal portal's metadata block ("thuộc tính văn bản"): one label per field, the value after its
  colon, on the same line, on the next line (table cells, "|" rows), or glued to the next label
  ("Loại văn bản:Công vănNgười ký:Nguyễn Văn Du").
- A news lead that announces one document: "Ngày 05/4/2022, UBND huyện X đã ban hành Kế hoạch số
  57/KH-UBND về ...": the body before the verb, the type name, number, date and subject after it.
- A page-title line that starts with the type name and names the document: "Chỉ thị số 08-CT/HU
  của Ban Thường vụ Huyện ủy về ...".
- A document the page offers as an attachment: "Các đơn vị tải Công văn số 319/VKS-VP tại đây".

A page that reports on work done under documents ("Kết quả thực hiện Đề án số ...",
"thực hiện Chỉ thị số 05-CT/TU ...") announces none of them: none of these forms matches it.
The examples are checked by tests/test_identity.py.
"""

from __future__ import annotations

import re

from plankb.extractors.regexes import alternation

# Labels of a metadata block, per record field; the other labels only end a glued value.
METADATA_LABELS: dict[str, tuple[str, ...]] = {
    "symbol": ("Số hiệu", "Số ký hiệu", "Số, ký hiệu", "Số/Ký hiệu", "Số/ký hiệu", "Ký hiệu", "Số văn bản", "Số hiệu văn bản",
               "Số/ Ký hiệu", "Số / Ký hiệu", "Số/ ký hiệu", "Số / ký hiệu", "Số ký hiệu văn bản", "Ký hiệu văn bản",
               "Số Ký hiệu"),
    "doc_type": ("Loại văn bản", "Hình thức văn bản", "Thể loại văn bản"),
    # "Ban hành:" and "Cơ quan:" alone: a provincial portal's short labels ("Số Ký hiệu:", "Ban hành:", "Người ký:", "Cơ quan:")
    "issuer": ("Cơ quan ban hành", "Nơi ban hành", "Đơn vị ban hành", "Cơ quan phát hành", "Cơ quan"),
    "date": ("Ngày ban hành", "Ngày ký", "Ngày văn bản", "Ban hành"),
    "signer": ("Người ký", "Người ký duyệt"),
    "title": ("Trích yếu", "Trích yếu nội dung"),
}
OTHER_LABELS = (
    "Ngày hiệu lực", "Ngày có hiệu lực", "Ngày hết hiệu lực", "Hết hiệu lực", "Hiệu lực",
    "Tình trạng", "Tình trạng hiệu lực", "Ngày đăng công báo", "Ngày công báo", "Số công báo",
    "Áp dụng", "Lĩnh vực", "Chức vụ", "Cấp ban hành", "Ngày đăng", "Văn bản gốc",
    # one label over three cells (body, post, name): a label, so "Người ký" at its end is not read alone
    "Cơ quan ban hành/ Chức danh / Người ký", "Cơ quan ban hành/Chức danh/Người ký", "Chức danh",
)


def _cased(labels: tuple[str, ...]) -> tuple[str, ...]:
    """A label as portals also print it: each word capitalized ("Số Ký Hiệu"), or in capitals."""
    out = list(labels)
    for label in labels:
        for form in (" ".join(w[:1].upper() + w[1:] for w in label.split(" ")), label.upper()):
            if form not in out:
                out.append(form)
    return tuple(out)


METADATA_LABELS = {name: _cased(labels) for name, labels in METADATA_LABELS.items()}
OTHER_LABELS = _cased(OTHER_LABELS)
# A law library's help text under a label, a sentence defining it ("Ngày ban hành:" / "Ngày ban
# hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành." / "09/09/2025"): the label, then
# one of these words; neither the label's value nor a label.
LABEL_HELP_WORDS = ("là",)
# A value a portal writes for "not known": no value at all.
UNKNOWN_VALUES = ("đang cập nhật", "đã biết", "không có", "chưa xác định", "chưa có", "không xác định")

# Example metadata blocks: (text, {field: value as read}).
METADATA_EXAMPLES: tuple[tuple[str, dict[str, str]], ...] = (
    ("Số hiệu: 12/KH-UBND Loại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Hà Giang Người ký: Lê Văn A\n"
     "Ngày ban hành: 07/05/2018 Ngày hiệu lực: Đang cập nhật\n",
     {"symbol": "12/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Tỉnh Hà Giang", "signer": "Lê Văn A", "date": "07/05/2018"}),
    ("Cơ quan ban hành:Bộ Tư phápSố công báo:Đang cập nhật\nSố hiệu:45/BTP-VP Ngày đăng công báo:Đang cập nhật\n"
     "Loại văn bản:Công vănNgười ký:Trần Văn B\nNgày ban hành:24/02/2020Hết hiệu lực:Đang cập nhật\n",
     {"issuer": "Bộ Tư pháp", "symbol": "45/BTP-VP", "doc_type": "Công văn", "signer": "Trần Văn B", "date": "24/02/2020"}),
    # A provincial portal's short labels, each value on the line under its label, "Cơ quan:" left blank.
    ("Số Ký hiệu:\n07/2021/NQ-HĐND\nBan hành:\n14/09/2021\nNgười ký:\nTrần Văn C\nCơ quan:\n\nLoại văn bản:\nNghị quyết\n",
     {"symbol": "07/2021/NQ-HĐND", "date": "14/09/2021", "signer": "Trần Văn C", "doc_type": "Nghị quyết"}),
    # A label without its colon, alone on its line or in its cell, the value on the next line or cell.
    ("Số/Ký hiệu\n57/KH-UBND\nNgày văn bản\n05/04/2022\nNgười ký duyệt\nNguyễn Văn Du\n",
     {"symbol": "57/KH-UBND", "date": "05/04/2022", "signer": "Nguyễn Văn Du"}),
    ("| Ký hiệu | 57/KH-UBND |\n| Trích yếu | Phát triển du lịch năm 2022 |\n| Lĩnh vực | Du lịch |\n",
     {"symbol": "57/KH-UBND", "title": "Phát triển du lịch năm 2022"}),
    # Label and value in two cells a tab apart; a summary wrapped onto a line in lower case.
    ("Số văn bản\t57/KH-UBND\nTrích yếu: Phát triển du lịch\nnăm 2022\nLĩnh vực: Du lịch\n",
     {"symbol": "57/KH-UBND", "title": "Phát triển du lịch\nnăm 2022"}),
    ("Số hiệu:\n|\n7/CV-SYT\n|\n|\nLoại văn bản:\n|\nCông văn\n|\nNgày ban hành:\n|\n03/12/2025\n|\n",
     {"symbol": "7/CV-SYT", "doc_type": "Công văn", "date": "03/12/2025"}),
    # Labels in title case or capitals; a spaced "Số / Ký hiệu".
    ("Số Ký Hiệu: 15/KH-UBND\nNgày Ban Hành: 02/03/2024\nCơ Quan Ban Hành: UBND tỉnh Hà Giang\n",
     {"symbol": "15/KH-UBND", "date": "02/03/2024", "issuer": "UBND tỉnh Hà Giang"}),
    ("SỐ HIỆU: 15/KH-UBND\nLOẠI VĂN BẢN: Kế hoạch\n", {"symbol": "15/KH-UBND", "doc_type": "Kế hoạch"}),
    ("Số / Ký hiệu | 15/KH-UBND |\nNgày ban hành | 02/03/2024 |\n", {"symbol": "15/KH-UBND", "date": "02/03/2024"}),
    # A clone site's block of label-value lines without colons, empty labels between them.
    ("Số, ký hiệu 15/KH-UBND\nLoại văn bản Kế hoạch\nNgày ban hành 02/03/2024\nNgày hiệu lực\n"
     "Cơ quan ban hành Hà Giang\nChức danh\nNgười ký Nguyễn Văn An\n",
     {"symbol": "15/KH-UBND", "doc_type": "Kế hoạch", "date": "02/03/2024", "issuer": "Hà Giang", "signer": "Nguyễn Văn An"}),
    # Labels glued to values and to the next label, help sentences between a label and its value.
    ("Số hiệu:273/NQ-CPNgày đăng công báo:Đang cập nhật\nLoại văn bản:Nghị quyếtNgười ký:Lê Văn A\n"
     "Ngày ban hành:\nNgày ban hành là ngày, tháng, năm văn bản được ký ban hành.\n09/09/2025\n",
     {"symbol": "273/NQ-CP", "doc_type": "Nghị quyết", "signer": "Lê Văn A", "date": "09/09/2025"}),
    # One label over the cells of body, post and name: the name is not read as the body.
    ("Số ký hiệu\t15/QĐ-UBND\nCơ quan ban hành/ Chức danh / Người ký\nUBND tỉnh Hà Giang\tChủ tịch\tNguyễn Văn An\nNgày ban hành\t02/03/2024\n",
     {"symbol": "15/QĐ-UBND", "date": "02/03/2024"}),
)

# Verbs of a news lead by which a body issues a document; the type name follows at once.
# "vừa có" and "vừa triển khai" only with "vừa" (just issued): "triển khai Kế hoạch" alone is
# carrying out someone's plan.
ANNOUNCE_VERBS = (
    "đã ký ban hành", "vừa ký ban hành", "đã ban hành", "vừa ban hành", "mới ban hành",
    "chính thức ban hành", "ban hành", "vừa có", "vừa triển khai", "vừa ký",
    "ký ban hành", "đã ký",
    # a lead that names the document its headline sums up: "Đó là nội dung tại Chỉ thị số 03/CT-UBND ..."
    "đó là nội dung tại", "đó là nội dung của", "đó là nội dung chính tại", "đó là nội dung chính của",
    # "ra" (to put out) a document, with its time word: "Văn phòng Chính phủ vừa ra thông báo ..."
    "vừa ra", "đã ra", "mới ra",
    # an elected body adopts its acts (Law 64/2025): "HĐND tỉnh đã thông qua Nghị quyết ..." (ADOPTED_TYPES only)
    "đã thông qua", "vừa thông qua", "thông qua",
)
# The verbs by which a council or an assembly adopts an act, and the acts so adopted (Law 64/2025
# on the promulgation of legal documents: a resolution, a law, an ordinance): "Hội nghị đã thông
# qua Kế hoạch ..." adopts a draft of another body's plan, "thông qua" alone means "by way of".
ADOPT_VERBS = ("đã thông qua", "vừa thông qua", "thông qua")
ADOPTED_TYPES = ("NQ", "L", "PL")
# A lead that names the document its headline sums up, and whose word it is: "Đó là chỉ đạo của UBND
# tỉnh đối với các sở, ngành tại Công văn số 4079/UBND-KT ...", "Đó là yêu cầu của Chủ tịch UBND tỉnh
# tại Chỉ thị số 05/CT-UBND ...": the body after "của" issued the document after "tại" (or "trong").
# The nouns that may stand after "Đó là"; folded.
THAT_IS_NOUNS = ("nội dung", "chỉ đạo", "ý kiến chỉ đạo", "yêu cầu", "đề nghị", "nội dung chỉ đạo", "nội dung yêu cầu")
# Verbs by which a page publishes a document in full ("Ban biên tập giới thiệu toàn văn Nghị quyết
# số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy ..."): the sentence's subject is the page's
# editor, not the issuer; the issuer is the "của ..." after the number or nobody.
PUBLISH_VERBS = ("giới thiệu toàn văn", "xin giới thiệu toàn văn", "đăng toàn văn", "xin đăng toàn văn",
                 "đăng tải toàn văn", "trích đăng toàn văn")
# Verbs that announce a document only when its number follows the type name: "UBND tỉnh có văn
# bản số 215/UBND-NC về ...", "Ban Tuyên giáo đã có văn bản số 12-HD/BTG hướng dẫn ..."; without
# a number "có kế hoạch" is having a plan. News name the official who signed with a bare "ký"
# ("Thủ tướng Chính phủ Phạm Minh Chính ký Quyết định số 571/QĐ-TTg ..."): numbered only too.
NUMBERED_ANNOUNCE_VERBS = ("đã có", "có", "ký",
                           # "UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động ... (Kế hoạch số 08/KH-UBND)":
                           # drawing up a plan is issuing it when its number is given (else it is work on a draft)
                           "đã xây dựng", "xây dựng")
# A letter or a dispatch is had only by sending it (Decree 30/2020: a công văn, a công điện has its
# addressees and what it asks): "UBND tỉnh có công điện gửi Giám đốc các sở ... về việc ...", "có
# công văn khẩn về việc ...", "Ban Chỉ đạo ... đã có văn bản đề nghị ...". After "có" such a type
# announces without its number when what follows is its addressees, its subject or what it asks
# (an urgency mark may stand between); "có kế hoạch", "có công văn này" do not.
SENT_TYPES = ("CV", "CĐ")
SENT_VERBS = ("đã có", "có")
SENT_NEXT = re.compile(
    r"[ \t]*(?:(?:khẩn|hỏa tốc|hoả tốc|thượng khẩn)[ \t]+)?(?:gửi|về việc|v/v|về|đề nghị|yêu cầu|chỉ đạo|đôn đốc|hướng dẫn)(?![\wđ])",
    re.I,
)
SENT_EXAMPLES: tuple[tuple[str, dict[str, str | None] | None], ...] = (
    ("Ngày 12-5, UBND tỉnh Bình An có công điện gửi Giám đốc các sở, ngành về việc chủ động ứng phó với mưa lớn.",
     {"doc_type": "CĐ", "issuer": "UBND tỉnh Bình An", "title": "về việc chủ động ứng phó với mưa lớn"}),
    ("Sở Y tế tỉnh Bình An vừa có công văn khẩn về việc tăng cường phòng, chống sốt xuất huyết.",
     {"doc_type": "CV", "issuer": "Sở Y tế tỉnh Bình An", "title": "về việc tăng cường phòng, chống sốt xuất huyết"}),
    # having a plan, holding a letter: no document sent
    ("Các xã đều có kế hoạch cụ thể về phòng, chống thiên tai.", None),
    ("Huyện đã có công văn này từ năm trước nhưng chưa thực hiện.", None),
)
# A lead that goes on to name one of the documents it has just counted ("quán triệt 10 nghị quyết
# ... Trong đó có Nghị quyết số 04-NQ/TU ...") lists them: the "có" of such a clause has no body for
# subject and announces nothing.
LISTING_SUBJECTS = ("trong đó", "trong số đó", "trong số này", "trong số các văn bản này", "nổi bật là", "tiêu biểu là")
# A lead whose verb stands in a clause of time reports on what followed the document, not on the
# document: "Sau khi Tỉnh ủy ban hành Chỉ thị số 08-CT/TU ..., các huyện đã ..." (folded).
AFTER_ISSUE = re.compile(r"^(?:[^,]*,\s*)?(?:ngay\s+)?(?:sau khi|từ khi|kể từ khi|từ sau khi|kể từ ngày|từ ngày)\s")
# A verb of issuing that tells of an issue proposed, planned or asked for, not done: "Tờ trình của UBND
# xã về ban hành Nghị quyết ...", "đề nghị ban hành Kế hoạch ...", "sẽ ban hành Quy chế ...": no
# document is announced (folded; the words right before the verb).
NOT_YET_ISSUED = re.compile(r"(?<![\wđ])(?:về việc|về|đề nghị|trình|xin|dự kiến|sẽ|chuẩn bị|để|chưa|cần|phải)\s+$")
# A page that publishes a document in full says so in its lead: "đăng toàn văn Nghị quyết ...".
FULL_TEXT_WORDS = ("toàn văn", "nguyên văn")
# A page that publishes in full a text that is no document, a leader's speech, article or directions
# ("trân trọng giới thiệu toàn văn bài phát biểu ...", "... toàn văn nội dung này"; not "toàn văn
# nội dung Nghị quyết", the document itself): what follows is that text, and a document it says
# was issued is cited by it, not announced by the page.
PUBLISHED_TEXT = re.compile(
    r"(?:giới thiệu|đăng|đăng tải|trích đăng|xin đăng)\s+(?:toàn văn|nguyên văn)\s+"
    r"(?:bài|nội dung (?:này|trên|sau|đó)|phát biểu|ý kiến|lời|thư|diễn văn|tham luận)(?![\wđ])",
    re.I,
)
# A lead that says on whose behalf the document was signed (Decree 30/2020: TL., TM., KT., TUQ.):
# "Ngày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh X, Phó Chánh Văn phòng ... đã ký ban hành văn bản
# số ...": the body of that clause issues the document, not the official who signed it.
_ON_BEHALF_WORDS = r"(?:thừa lệnh|thừa ủy quyền|thừa uỷ quyền|thay mặt|TL\.|TM\.|KT\.|TUQ\.)\s*"
_HEAD_POST = r"(?:(?:phó\s+)?(?:thủ tướng|chủ tịch|bộ trưởng|giám đốc|trưởng ban|bí thư|thủ trưởng)\s+)?"
ON_BEHALF = re.compile(_ON_BEHALF_WORDS + _HEAD_POST + r"(?P<body>[^,;.\n]{3,80}?)\s*,", re.I)
# The same clause put after the official's name, right before the verb ("Chủ tịch Quốc hội Trần Văn A
# đã thay mặt Ủy ban Thường vụ Quốc hội ký ban hành Nghị quyết số ..."): the body it names issues.
ON_BEHALF_BEFORE_VERB = re.compile(
    r"(?:^|\s)(?:đã\s+|vừa\s+)?" + _ON_BEHALF_WORDS + _HEAD_POST + r"(?P<body>[^,;.\n]{3,80}?)\s*$", re.I
)
ON_BEHALF_BEFORE_VERB_EXAMPLES = (
    ("Ngày 10/6/2025, Chủ tịch Quốc hội Trần Văn An đã thay mặt Ủy ban Thường vụ Quốc hội ký ban hành Nghị quyết số 1234/NQ-UBTVQH15 về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Bình An năm 2025.",
     {"doc_type": "NQ", "symbol": "1234/NQ-UBTVQH15", "date": "2025-06-10", "issuer": "Ủy ban Thường vụ Quốc hội",
      "title": "về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Bình An năm 2025"}),
    ("Phó Bí thư Thường trực Lê Văn Bình vừa thay mặt Ban Thường vụ Huyện ủy ký ban hành Chỉ thị số 12-CT/HU về công tác dân vận.",
     {"doc_type": "CT", "symbol": "12-CT/HU", "date": None, "issuer": "Ban Thường vụ Huyện ủy", "title": "về công tác dân vận"}),
)
# What may stand between a lead's date and the body signed for: "Ngày 23/11/2018, thừa lệnh Chủ tịch ".
ON_BEHALF_LEAD = re.compile(r"[\s,]*(?:" + _ON_BEHALF_WORDS + _HEAD_POST + r")?$", re.I)
ON_BEHALF_EXAMPLES = (
    ("Ngày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh Nguyễn Văn An đã ký ban hành văn bản số 3653/UBND-TNMT về việc xử lý đề xuất.",
     "UBND tỉnh Tuyên Quang"),
    ("Thay mặt Ban Thường vụ Huyện ủy, Phó Bí thư Thường trực Lê Văn Bình đã ký ban hành Chỉ thị số 12-CT/HU về công tác dân vận.",
     "Ban Thường vụ Huyện ủy"),
    # the official is named by a post that holds a body's name: still the body signed for
    ("Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Văn Cường đã ký ban hành văn bản số 1234/UBND-VX về phòng chống dịch.",
     "UBND tỉnh"),
)
# A lead told in the passive (Decree 30/2020 names who issues, a news lead may put it after the
# document): "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Văn A ký ban hành, yêu cầu ...", "Chỉ thị số
# 05-CT/TU do Ban Thường vụ Tỉnh ủy ban hành ngày ...": who issued stands between "do" and the verb.
PASSIVE_ISSUE = re.compile(r"[ \t]+do[ \t]+(?P<who>[^,;.:\n]{3,90}?)[ \t]+(?:đã[ \t]+|vừa[ \t]+)?(?:ký[ \t]+)?ban hành(?![\wđ])")
# The post by which an official signs for a body (Decree 30/2020: KT. CHỦ TỊCH, T/M BAN THƯỜNG VỤ):
# "Phó Chủ tịch UBND tỉnh" signs for "UBND tỉnh".
POST_OF_BODY = re.compile(
    r"^(?:phó\s+)?(?:chủ tịch|bí thư|trưởng ban|giám đốc|bộ trưởng|thủ trưởng|chánh văn phòng)(?:\s+thường trực)?\s+", re.I
)
# What follows an unnumbered type name when the verb and the type are a common phrase, not a
# document: "trình ban hành kế hoạch và tổ chức thực hiện ...", "ban hành văn bản hoặc ...".
COORDINATED = re.compile(r"^(?:và|hoặc|hay|cùng|rồi)\s", re.I)
# A lead whose verb is the type's own word (Decree 30/2020 and Guidance 36-HD/VPTW: a guidance is
# "HƯỚNG DẪN" then its summary): "Ban Thường trực Ủy ban MTTQ tỉnh X hướng dẫn việc tổ chức Ngày hội
# ..." issues a guidance. Only with a subject that a guidance's summary opens with, so "Sở Y tế
# hướng dẫn người dân phòng bệnh" (telling people) is none.
GUIDES = re.compile(
    r"[ \t]+(?:(?:vừa|đã|mới)[ \t]+)*hướng dẫn[ \t]+(?=(?:việc|về việc|tổ chức|thực hiện|triển khai|công tác|tuyên truyền)[ \t])"
)
# So does a notice (Decree 30/2020: "THÔNG BÁO / Về việc ..."): "UBND xã X thông báo về việc niêm yết
# danh sách cử tri ..." is the notice "về việc ...". Only with the summary's own "về việc": "Bộ Y tế
# thông báo về tình hình dịch" is news told, "thông báo kết quả" a result.
NOTIFIES = re.compile(r"[ \t]+(?:(?:vừa|đã|mới)[ \t]+)*thông báo[ \t]+(?=(?:về việc|V/v|v/v)[ \t])")
# So does a decision (Decree 30/2020: "QUYẾT ĐỊNH / Về việc thành lập ..."): "UBND xã X quyết định thành
# lập các tổ bầu cử" issues the decision "thành lập các tổ bầu cử". Only with a verb a decision's summary
# opens with (SUBJECT_VERBS' kind): "quyết định tổ chức lễ hội" is a choice told. An elected council
# decides by resolution (Law 64/2025): its "quyết định" is no decision (DECIDING_NOT).
DECIDES = re.compile(
    r"[ \t]+(?:(?:vừa|đã|mới)[ \t]+)*quyết định[ \t]+(?=(?:thành lập|công nhận|phê duyệt|kiện toàn|bổ nhiệm|khen thưởng|tặng|giải thể|sáp nhập)[ \t])"
)
DECIDING_NOT = re.compile(r"^(?:hội đồng nhân dân|hđnd|quốc hội|ủy ban thường vụ quốc hội|đại hội)(?![\wđ])", re.I)
# A sentence that opens with the period it reviews tells of work done in it (a report's form: "Năm
# 2024, Ban Thường vụ đã quyết định thành lập 5 đoàn kiểm tra ...", "Thời gian qua, ... hướng dẫn ..."):
# its type verb issues no document the page announces (folded).
PERIOD_REVIEWED = re.compile(
    r"^(?:trong\s+)?(?:năm\s+(?:19|20)\d{2}|năm qua|thời gian qua|thời gian vừa qua|từ đầu năm|nhiệm kỳ qua|"
    r"(?:trong|qua|sau)\s+\d+\s+(?:năm|tháng)|(?:quý|tháng|\d+\s+tháng)\s+(?:đầu\s+)?(?:[ivx\d]+\s*)?(?:năm\s+(?:19|20)\d{2})?)\s*,"
)
# The verbs that are the type's own word, with the type they issue.
TYPE_VERBS = ((GUIDES, "HD"), (NOTIFIES, "TB"), (DECIDES, "QĐ"))
GUIDES_EXAMPLES = (
    ("Tin tỉnh\nBan Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai hướng dẫn việc tổ chức Ngày hội Đại đoàn kết năm 2026.\n",
     {"doc_type": "HD", "issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai", "title": "việc tổ chức Ngày hội Đại đoàn kết năm 2026"}),
    ("Ban Tuyên giáo Tỉnh ủy vừa hướng dẫn tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng.\n",
     {"doc_type": "HD", "issuer": "Ban Tuyên giáo Tỉnh ủy", "title": "tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng"}),
    # a decision by its verb, the body at the end of an opening phrase that lost its comma
    ("Tin hoạt động\nCăn cứ Luật Bầu cử ngày 25 tháng 6 năm 2015 UBND xã Phú Lâm quyết định thành lập 7 tổ bầu cử ở các thôn.\n",
     {"doc_type": "QĐ", "issuer": "UBND xã Phú Lâm", "title": "thành lập 7 tổ bầu cử ở các thôn"}),
    # a headline with the page's posting time after it
    ("UBND phường An Bình thông báo về việc lấy ý kiến Nhân dân về quy hoạch khu dân cư 05/3/2026 09:15\nNội dung tin.\n",
     {"doc_type": "TB", "issuer": "UBND phường An Bình", "title": "về việc lấy ý kiến Nhân dân về quy hoạch khu dân cư"}),
)
# A guidance's summary does not repeat its type word: "văn bản số 71-HD/BTGTW hướng dẫn việc học
# tập ..." is the guidance "việc học tập ...".
GUIDANCE_WORD = re.compile(r"hướng dẫn\s+", re.I)
# A person addressed, not a body: "do đồng chí Trần Văn A ký ban hành".
PERSON_ADDRESS = re.compile(r"^(?:đồng chí|đ/c|ông|bà)(?![\wđ])", re.I)
# The press names an official by post, then by name in apposition between commas: "Phó Chủ tịch
# UBND tỉnh X, bà Nguyễn Thị A đã ký Quyết định ...", "Chủ tịch UBND huyện Y, ông Lê Văn B, vừa ký
# ban hành ...". The name clause ends the subject; the post before its comma says for whom the
# official signs, as a post followed by the name does. Matched at the end of the subject's text.
APPOSED_NAME = re.compile(r",[ \t]*(?P<who>(?:đồng chí|đ/c|ông|bà)[ \t]+[^,.;:\n]{3,60}?)[ \t]*,?[ \t]*$", re.I)
APPOSED_NAME_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("Mới đây, Phó Chủ tịch UBND tỉnh Nam An, bà Trần Thị Hoa đã ký Quyết định về việc phê duyệt kế hoạch thực hiện dự án.", "UBND tỉnh Nam An"),
    ("Chủ tịch UBND huyện Tân Lập, ông Lê Văn Bình, vừa ký ban hành Chỉ thị số 05/CT-UBND về phòng chống cháy rừng.", "Chủ tịch UBND huyện Tân Lập"),
    # a person alone, no post before him: no body to read
    ("Vừa qua, ông Lê Văn Bình đã ký Quyết định về việc thành lập tổ công tác.", None),
)
PASSIVE_EXAMPLES = (
    ("Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Văn An ký ban hành, yêu cầu các sở triển khai thực hiện.",
     {"doc_type": "KH", "symbol": None, "issuer": "UBND tỉnh"}),
    ("Chỉ thị số 05-CT/TU do Ban Thường vụ Tỉnh ủy ban hành ngày 12/3/2024 về tăng cường công tác dân vận.",
     {"doc_type": "CT", "symbol": "05-CT/TU", "issuer": "Ban Thường vụ Tỉnh ủy", "date": "2024-03-12"}),
)
# A news lead that names the document without its number ("Chủ tịch UBND xã X ký ban hành quyết
# định về thành lập Ban bầu cử ...") gives the number in the next sentence, opening with the same
# type after a preposition of place or source: "Tại Quyết định số 497/QĐ-UBND ngày 31/12/2025 ...",
# "Theo Kế hoạch số 12/KH-UBND, ...". Only a numbered citation with no "của <body>" of its own: a
# document of another body cited there is the one the announced document carries out.
RESTATING_LEADS = ("tại", "theo", "với", "trong")
RESTATING_EXAMPLES: tuple[tuple[str, dict[str, str | None]], ...] = (
    ("Ngày 05/3/2026, Chủ tịch UBND xã Đông Hòa ký ban hành quyết định về thành lập Tổ công tác chuyển đổi số.\n"
     "Tại Quyết định số 88/QĐ-UBND ngày 05/3/2026, Tổ công tác gồm 9 thành viên.",
     {"doc_type": "QĐ", "symbol": "88/QĐ-UBND", "date": "2026-03-05"}),
    ("UBND phường Bình Minh vừa ban hành kế hoạch tổ chức Tết trồng cây năm 2026. "
     "Theo Kế hoạch số 14/KH-UBND, mỗi tổ dân phố trồng ít nhất 50 cây.",
     {"doc_type": "KH", "symbol": "14/KH-UBND", "date": None}),
    # another body's document cited there: the one the plan carries out, not the plan
    ("UBND phường Bình Minh vừa ban hành kế hoạch tổ chức Tết trồng cây năm 2026. "
     "Theo Kế hoạch số 20/KH-UBND ngày 02/01/2026 của UBND tỉnh, mỗi xã trồng ít nhất 500 cây.",
     {"doc_type": "KH", "symbol": None, "date": None}),
)
# Words between the body and the verb that are not part of its name; news put the time adverb
# after the subject too ("Hội Cựu chiến binh tỉnh mới đây vừa ban hành ..."), and a verb the issuing
# is coordinated with ("Tỉnh ủy đã xây dựng và ban hành Kế hoạch ...", "đã ký và ban hành"), and an
# adverb of haste between the time word and the verb ("Ban Thường vụ Đảng ủy đã khẩn trương ban hành ...").
SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:đã|vừa qua|vừa|mới đây|mới|gần đây|hôm nay|chính thức|cũng|đồng thời|tiếp tục|khẩn trương"
    r"|(?:xây dựng|soạn thảo|ký|thống nhất|nghiên cứu)\s+và))+\s*$",
    re.I,
)
# A clause that only joins the verb to the sentence's subject: "X đã quán triệt ..., đồng thời ban hành ...".
CONNECTIVE = re.compile(r"(?:đồng thời|và|cũng|sau đó|tiếp đó|đồng thời cũng)?", re.I)
# Words before the body that are not part of its name; also the tag a news lead opens with, the
# paper's or the site's name in capitals or brackets before a dash ("QĐND - ", "(Chinhphu.vn) - ").
# The page's publication stamp printed before its lead, on the lead's line: "date 2025-09-24 Chủ
# tịch UBND TP ... vừa ký ..." (a crawled copy's ISO stamp), "2025-11-06 08:30 Thủ tướng ...". It
# dates the page, not the document; it gives the year a lead leaves out ("ngày 26/9").
PAGE_STAMP = r"(?:date\s+)?(?P<sy>(?:19|20)\d{2})-(?P<sm>[01]\d)-(?P<sd>[0-3]\d)(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$)"
PAGE_STAMP_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    (" date 2025-09-24 Chủ tịch UBND tỉnh vừa ký ban hành Công điện số 14/CĐ-UBND yêu cầu các xã ứng phó với bão.", "2025-09-24"),
    ("2025-11-06 08:30 Thủ tướng Chính phủ vừa ký Công điện số 210/CĐ-TTg chỉ đạo ứng phó bão số 13.", "2025-11-06"),
    # a date inside the lead is the document's, no stamp
    ("Ngày 24/9/2025, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về phòng chống bão.", None),
)
# A news lead dates what it reports by the part of the day ("Chiều nay 8/10/2020, Giám đốc Sở ... đã
# ký ...", "Sáng 12/3/2024, UBND tỉnh ban hành ..."), as it does by "Ngày ...": the word before the date.
DAY_PART = r"(?:sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua|hôm qua|hôm nay))?(?:\s+ngày)?"
# A news page's byline, time and date printed before the lead and run into it ("10:51, 23/03/2021
# UBND tỉnh ... vừa ban hành ..."): it dates the page; a lead's own date opens with "Ngày".
BYLINE_DATE = r"(?:\d{1,2}:\d{2},?\s+)?[0-3]?\d/[01]?\d/(?:19|20)\d{2}(?:,?\s+\d{1,2}:\d{2})?(?=\s)"
# The same byline printed at the end of the headline's line, date then time ("Chủ tịch tỉnh chỉ đạo ứng
# phó áp thấp nhiệt đới 28/08/2025 16:09"): the page's date however long the line.
BYLINE_AT_END = re.compile(r"(?<!\S)(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d{2})\s+\d{1,2}:\d{2}\s*$")
BYLINE_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("Chủ tịch tỉnh Bình An chỉ đạo ứng phó áp thấp nhiệt đới sau bão số 5 28/08/2025 16:09\n\n"
     "Ngày 28-8, UBND tỉnh Bình An có công điện gửi Giám đốc các sở về việc chủ động ứng phó với áp thấp nhiệt đới.",
     "2025-08-28"),
    ("Pháp luật -\n10:51, 23/03/2021 UBND tỉnh Bình An vừa ban hành văn bản số 1345/UBND-KT về việc xử lý phá rừng.", None),
)
SUBJECT_LEAD = re.compile(
    rf"^(?:(?:{PAGE_STAMP}|{BYLINE_DATE})\s+)?(?:(?:\([^()\n]{{2,30}}\)|(?-i:[A-ZĐ]{{2,8}}))\s*[-–]\s+)?(?:(?:theo đó|đồng thời|vừa qua|mới đây|hôm nay|trong đó|nay)\s*,?\s*)*",
    re.I,
)
# The verb a decision's subject opens with, after "của <body>" in a title line or a listing
# ("Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh tặng Bằng khen ..."): the body ends before it.
# Lowercase only: a body's name writes its words with capitals ("Ban Thành lập ...").
SUBJECT_VERBS = ("tặng", "phê duyệt", "công nhận", "thành lập", "kiện toàn", "khen thưởng", "bổ nhiệm", "điều động", "ban hành", "giao chỉ tiêu",
                 # a letter's or a dispatch's subject opens with what it asks (Decree 30/2020, công văn / công điện):
                 # "Công điện số 8/CĐ-UBND ngày 4/10/2025 của Chủ tịch UBND tỉnh yêu cầu các sở ..."
                 "yêu cầu", "đề nghị")
# A lead that opens with the document and names its issuer after the subject, before what the
# document does: "Chỉ thị số 1112/CT-BGDĐT về việc thực hiện nhiệm vụ năm học 2022-2023 của Bộ Giáo
# dục và Đào tạo xác định chủ đề năm học ...": the subject ends at "của", the body issued it. The verbs
# of what a document does; lower case (a body's name writes its words with capitals).
PREDICATE_VERBS = ("xác định", "yêu cầu", "đề nghị", "nêu rõ", "chỉ rõ", "nhấn mạnh", "đề ra", "giao", "chỉ đạo")
# A subject that conveys someone's opinion before saying what it is about: the title is the
# "về ..." that follows ("truyền đạt ý kiến chỉ đạo của Thủ tướng Chính phủ về ...").
# So does a subject naming whom the document is sent to ("gửi các đơn vị về việc ...", a list of
# bodies too: "gửi Sở Văn hóa, Thể thao và Du lịch, Sở Ngoại vụ về tham mưu ...", its addressees
# parted by semicolons as a "Kính gửi" line parts them: "gửi Giám đốc các sở; Chủ tịch UBND các
# xã về việc ...").
CONVEYING = re.compile(
    r"^(?:(?:truyền đạt|thông báo)\s+(?:ý kiến\s+)?(?:chỉ đạo|kết luận|ý kiến)?\s*(?:của\s+[^,.;\n]*?)?"
    r"|gửi\s+[^.\n]*?)\s+(?=về\s)",
    re.I,
)
# A news lead goes on after the document's subject with a clause of what the document does:
# "ban hành Kế hoạch số 275/KH-UBND về chuyển đổi số năm 2026, xác định rõ lộ trình ...": the
# subject ends at the comma before it (a subject's own commas list things, not clauses).
# So does a clause of the grounds it was issued on: "... Công văn số 539-CV/VPTW thông báo Kết luận
# ... về tình hình tổ chức Tết, trên cơ sở xem xét Báo cáo số 28-BC/VPTW ...".
SUBJECT_CLAUSE = re.compile(
    r",\s+(?=(?:nhằm|xác định|đề ra|với mục tiêu|với mục đích|qua đó|theo đó|trong đó|góp phần|đồng thời"
    r"|trên cơ sở|căn cứ)\s)"
)
# A lead that goes on from the subject to the document's content: "ban hành Chương trình hành động
# thực hiện Nghị quyết Đại hội ... với những nội dung chủ yếu sau:", "... cụ thể như sau:": the
# subject ends before it.
CONTENT_LEAD_IN = re.compile(
    r"\s+(?=(?:với\s+(?:những|các)\s+nội dung(?:\s+(?:chủ yếu|chính|cụ thể|trọng tâm|cơ bản))?\s+(?:như\s+)?"
    r"|(?:cụ thể\s+)?như\s+)sau\s*[:.]?\s*$)"
)
# A summary joins its coordinated items with semicolons (Decree 30/2020 and Guidance 36-HD/VPTW
# print "về việc đẩy mạnh tuyên truyền; tổ chức đợt cao điểm lấy ý kiến ..."): in a lead the
# subject goes on past a semicolon that a lower-case item follows, not one a new clause of the
# news follows ("...; đồng thời yêu cầu ...", "...; Sở Y tế chủ trì ...").
SUBJECT_GOES_ON = re.compile(
    r";[ \t]+(?=[a-zđà-ỹ])(?!(?:đồng thời|theo đó|trong đó|qua đó|nhằm|yêu cầu|đề nghị|giao|góp phần|đề ra|xác định|với mục tiêu|với mục đích)\s)"
)
# A subject that opens with what the document asks of its addressees lists them as a "Kính gửi" line
# does, parted by semicolons (Decree 30/2020): "chỉ đạo các sở, ban, ngành thuộc tỉnh; UBND các
# huyện, thành phố tăng cường ...": past a semicolon that a body's name follows, the subject goes on.
ADDRESSING_VERBS = ("chỉ đạo", "yêu cầu", "đề nghị", "giao", "đôn đốc")
# A lead that names the document first and says after its subject that it was issued: "Kết luận
# số 123-KL/TW ... về công tác cán bộ được ban hành nhằm ...": the subject ends before it.
PASSIVE_TAIL = re.compile(r"\s+(?=(?:đã\s+|vừa\s+)?được\s+(?:ban hành|ký ban hành|ký|thông qua)(?![\wđ]))")
# The head of a State body issues documents in his own name (Decree 30/2020: Chủ tịch UBND,
# Bộ trưởng, Thủ tướng), unlike a deputy, who signs KT. for him.
# A post one person holds in the State names the body it heads without it: "Thủ tướng Phạm Minh
# Chính ký ban hành Công điện ..." is the Prime Minister's (Thủ tướng Chính phủ).
SOLE_POSTS: tuple[tuple[str, str], ...] = (("Thủ tướng", "Thủ tướng Chính phủ"),)
# A minister issues in his own name too (Decree 30/2020: "BỘ TRƯỞNG BỘ Y TẾ" above a decision); the
# press shortens the post to the ministry's field: "Bộ trưởng Y tế Đào Văn An", "Bộ trưởng Tài chính
# ...": the post is "Bộ trưởng Bộ <field>".
MINISTER_POST = re.compile(r"^(?:bộ trưởng)\s+(?:bộ\s+)?(?=\S)", re.I)
# Only the heads the law gives powers of their own (the Prime Minister, a minister, a chairman of a
# People's Committee or of the State): the head of a department, a court or a procuracy signs as
# head of the body, whose name the document bears (Decree 30/2020, Appendix I: "SỞ Y TẾ" over a
# letter signed "GIÁM ĐỐC"): "Giám đốc Sở Y tế Trần Văn An đã ký văn bản ..." is the department's.
HEAD_OF_STATE_BODY = re.compile(r"^(?:chủ tịch|bộ trưởng|thủ tướng)\s", re.I)
HEAD_SIGNS_FOR_BODY = re.compile(r"^(?:giám đốc|viện trưởng|chánh án)\s+", re.I)
# A type name whose last word opens the subject when no number follows it: the Government Office's
# and a Party committee's notice of a leader's conclusions is summarized "Kết luận của ... tại ..."
# (Decree 30/2020, Guidance 36-HD/VPTW: "THÔNG BÁO / Kết luận của Phó Thủ tướng ..."), so "vừa ra
# thông báo Kết luận của Phó Thủ tướng ..." is the notice "Kết luận của Phó Thủ tướng ...". Folded:
# the type name as read, and the type's own name before the subject.
SUBJECT_IN_TYPE_NAME = {"thông báo kết luận": "thông báo"}
# A type name that says nothing of the type: "vừa có Văn bản số 1234/UBND-KT" is the type its
# symbol gives (a letter here), and without a symbol it announces nothing.
GENERIC_TYPE_NAMES = ("văn bản",)
# Without a number the word after "văn bản" says what it is: "Ban Tuyên giáo Tỉnh ủy vừa có văn bản
# hướng dẫn tuyên truyền ..." issues a guidance (HD), "Ban Dân vận Tỉnh ủy vừa có văn bản đề nghị các
# huyện ..." a letter (công văn, Decree 30/2020 and Guidance 36-HD/VPTW: a letter asks or directs).
GENERIC_TYPE_PURPOSES: tuple[tuple[str, str], ...] = (
    ("hướng dẫn", "HD"), ("đề nghị", "CV"), ("yêu cầu", "CV"), ("chỉ đạo", "CV"), ("đôn đốc", "CV"),
)
# A news item's lead opens with the day it reports, alone or with the part of the day ("Ngày 24-10,
# UBND phường tổ chức ...", "Sáng 4/7, tại ..."). A page whose lead window holds two such paragraphs
# besides the one that tells of a document is a tag or category page of teasers, each another item:
# it announces none of the documents its teasers tell of.
TEASER_LEAD = re.compile(
    r"^[ \t]*(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Ngày)[ \t]+(?:nay[ \t]+)?\(?\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)\d{2})?\)?"
    r"|Ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}(?:[ \t]+năm[ \t]+\d{4})?)[ \t]*,",
    re.M,
)
TEASER_LEAD_EXAMPLES = ("Ngày 24-10, UBND phường tổ chức hội nghị tổng kết.", "Sáng 4/7, tại Trụ sở Trung ương Đảng, ...",
                        "Chiều 15/10/2025, Sở Y tế tổ chức đoàn kiểm tra.", "Ngày 3 tháng 5, xã tổ chức ra quân.")
NOT_TEASER_LEAD_EXAMPLES = ("Trước đó, ngày 15/10, UBND tỉnh đã ...", "Ngày càng nhiều hộ dân tham gia.")
TEASERS_BESIDES = 2  # such paragraphs besides the announcing one that make a page of teasers

# A news item may open by telling what one document asks, the document first and its issuer after
# ("Tại Công văn số 59-CV/BCĐ về việc ... ngày 12/9/2025, Ban Chỉ đạo Trung ương đề nghị ...",
# "Tại văn bản số 2128 ngày 9/5/2018 về việc ..., Chủ tịch UBND tỉnh yêu cầu ..."): it announces that
# document, as a lead with "ban hành" does. Only as the page's opening paragraph (after a headline
# at most): further down the same words carry out or restate a document the lead told of.
CONTENT_LEADS = ("tại", "theo")
CONTENT_DEMAND_VERBS = ("yêu cầu", "đề nghị", "chỉ đạo", "giao")
CONTENT_LEAD_EXAMPLES = (
    ("Tại Công văn số 112-CV/BCĐ về việc rà soát tổ chức bộ máy ngày 05/3/2025, Ban Chỉ đạo tỉnh đề nghị các cấp ủy hoàn thành trước ngày 20/3/2025.",
     ("CV", "112-CV/BCĐ", "2025-03-05", "Ban Chỉ đạo tỉnh")),
    ("Tại văn bản số 845 ngày 14/6/2022 về việc tăng cường phòng cháy rừng, Chủ tịch UBND tỉnh Lai Châu yêu cầu các sở, ngành khẩn trương triển khai.",
     ("CV", None, "2022-06-14", "Chủ tịch UBND tỉnh Lai Châu")),
)

# A news lead may tell a decision by what it does ("X vừa thành lập Tổ công tác ...", Decree 30/2020:
# a body is set up by a decision) and name it in the next sentence by its type and "này" ("Quyết định
# này được kỳ vọng ..."): the page announces that document, unnumbered. The lead's verbs of the act:
ACT_VERBS = ("vừa thành lập", "vừa lập", "mới thành lập", "đã thành lập", "vừa kiện toàn")
ACT_THEN_TYPE_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("Tỉnh Nam An vừa thành lập Tổ công tác xây dựng Đề án phát triển khu kinh tế ven biển. Quyết định này nhằm tháo gỡ vướng mắc.", "QĐ"),
    # the next sentence does not name the act's document: nothing announced
    ("Hội Nông dân xã vừa thành lập Chi hội nghề nghiệp trồng cam. Chi hội có 30 hội viên.", None),
)

# A news lead may put a clause of cause, purpose or basis between its date and the body that issued
# ("Ngày 14-7-2021, do tình hình dịch bệnh diễn biến phức tạp, UBND tỉnh vừa có thông báo ..."): the
# date opening the sentence is still the issue's. The clause's first words:
FRONTED_CLAUSE_OPENERS = ("do", "vì", "để", "nhằm", "trước", "thực hiện", "căn cứ", "theo", "trên cơ sở")
FRONTED_CLAUSE_EXAMPLES = (
    ("Ngày 14-7-2021, do tình hình dịch bệnh diễn biến phức tạp, UBND tỉnh vừa có thông báo tạm hoãn lịch tiếp công dân.", "2021-07-14"),
    ("Ngày 05/3/2024, nhằm chủ động phòng, chống cháy rừng trong mùa khô, Chủ tịch UBND huyện đã ký ban hành Chỉ thị số 02/CT-UBND.", "2024-03-05"),
)
FRONTED_CLAUSE_LEAD = re.compile(
    r"^[ \t]*(?:ngày|Ngày)[ \t]*(?P<date>[^,\n]{6,30}?)[ \t]*,[ \t]*(?:" + alternation(FRONTED_CLAUSE_OPENERS)
    + r")[ \t][^.\n]{3,220}?,[ \t]*$"
)
# "ngày 29 tháng 12/2020": two styles in one date.
MIXED_DATE = re.compile(r"(?:ngày\s*)?(?<!\d)(?P<d>\d{1,2})\s*tháng\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d{2})(?!\d)", re.I)
# An attachment the page offers: "tải Công văn số 319/VKS-VP tại đây", "Công văn số ... được đính kèm".
# A notice page points into its attached file: "Cụ thể xem trong công văn số 2092/BNN-KN trong file đính kèm".
ATTACHMENT_BEFORE = re.compile(r"(?:tải|tải về|xem|xem chi tiết|tải xuống|download)\s+(?:(?:trong|tại|ở)\s+)?(?:nội dung\s+|toàn văn\s+)?$", re.I)
# A list of documents gives each its date and link: "Thông tư số 08/2015/TT-BGDĐT ngày 21 tháng 04
# năm 2015 xem tại đây". Matched at the symbol's end (no "^": match() anchors there).
ATTACHMENT_AFTER = re.compile(
    r"\s*(?:,?\s*ngày\s+\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*)?"
    r"(?:(?:xem|tải|tải về|xem chi tiết)\s+)?(?:(?:trong|tại|ở)\s+(?:file|tệp|tập tin|tệp tin)\s+)?(?:tại đây|được đính kèm|đính kèm)",
    re.I,
)
# A lead gives the document's short name in brackets after its number or date, the name the news
# calls it by further on: "Quyết định số 304-QĐ/TW (Quyết định 304) về ...", "Nghị quyết số
# 57-NQ/TW (gọi tắt là Nghị quyết 57) về ...": no part of the subject. Folded; ``{types}``: the
# folded type names.
SHORT_NAME_BRACKET = (
    r"[ \t]*\([ \t]*(?:(?:sau đây[ \t]+)?(?:gọi tắt|viết tắt)(?:[ \t]+là)?[ \t]+)?"
    r"(?:{types})[ \t]+(?:số[ \t]+)?\d{{1,5}}(?:[-/][\wđ/.-]*)?[ \t]*\)"
)
# The press names a body in full at its first mention and brings in its short form in brackets,
# the initials of the words before it ("và" has none): "Ủy ban nhân dân (UBND) tỉnh Long An", "Sở
# Giáo dục và Đào tạo (GDĐT) tỉnh"; or the name's head word, alone or with the initials of the
# words after it, the name the article calls the body by further on: "Hội Chữ thập đỏ tỉnh (Hội)
# Cà Mau", "Hội Liên hiệp Phụ nữ (Hội LHPN) huyện": the short form is no part of the body's name.
INITIALS_BRACKET = re.compile(r"[ \t]*\((?P<abbr>[A-ZĐ][^\W\d_]{0,7}(?:[ \t]+[A-ZĐ][^\W\d_]{0,7}){0,2})\)(?=[ \t])")
INITIALS_SKIPPED = ("và",)
INITIALS_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Ủy ban nhân dân (UBND) tỉnh Long An", "Ủy ban nhân dân tỉnh Long An"),
    ("Chủ tịch Hội đồng nhân dân (HĐND) huyện Gia Lâm", "Chủ tịch Hội đồng nhân dân huyện Gia Lâm"),
    ("Sở Giáo dục và Đào tạo (GDĐT) tỉnh Bến Tre", "Sở Giáo dục và Đào tạo tỉnh Bến Tre"),
    # the head word, alone or with the initials of the words that follow it
    ("Hội Nông dân tỉnh (Hội) Quảng Bình", "Hội Nông dân tỉnh Quảng Bình"),
    ("Hội Cựu chiến binh (Hội CCB) huyện Đức Thọ", "Hội Cựu chiến binh huyện Đức Thọ"),
    # brackets that are not the initials of the words before them stay
    ("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Nam", "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Nam"),
    ("Ban Quản lý dự án (Ban A) huyện Phú Lộc", "Ban Quản lý dự án (Ban A) huyện Phú Lộc"),
    ("Hội Nông dân tỉnh (Hội Khóa X) Quảng Bình", "Hội Nông dân tỉnh (Hội Khóa X) Quảng Bình"),
)

# Example leads: (text, what the announcement reads).
ANNOUNCEMENT_EXAMPLES: tuple[tuple[str, dict[str, str | None]], ...] = (
    ("Ngày 05/4/2022, Ủy ban nhân dân huyện Tân Phú đã ban hành Kế hoạch số 57/KH-UBND về phát triển du lịch năm 2022. Theo đó, các xã triển khai.",
     {"doc_type": "KH", "symbol": "57/KH-UBND", "date": "2022-04-05", "issuer": "Ủy ban nhân dân huyện Tân Phú", "title": "về phát triển du lịch năm 2022"}),
    ("Ban Thường vụ Tỉnh đoàn vừa ban hành Kế hoạch số 12-KH/TĐTN-TG ngày 03/3/2023 tổ chức Ngày hội thanh niên năm 2023. Ban Thường vụ giao nhiệm vụ.",
     {"doc_type": "KH", "symbol": "12-KH/TĐTN-TG", "date": "2023-03-03", "issuer": "Ban Thường vụ Tỉnh đoàn", "title": "tổ chức Ngày hội thanh niên năm 2023"}),
    ("Ngày 12 tháng 3/2021 Ban Thường vụ Huyện ủy Yên Mỹ đã ban hành Chỉ thị số 07 -CT/HU về việc tăng cường công tác dân vận. Các chi bộ thực hiện.",
     {"doc_type": "CT", "symbol": "07-CT/HU", "date": "2021-03-12", "issuer": "Ban Thường vụ Huyện ủy Yên Mỹ", "title": "về việc tăng cường công tác dân vận"}),
    ("Văn phòng Chính phủ vừa có Công văn số 1234/VPCP-NN ngày 5/6/2024 truyền đạt ý kiến chỉ đạo của Phó Thủ tướng Chính phủ về phòng chống hạn mặn.",
     {"doc_type": "CV", "symbol": "1234/VPCP-NN", "date": "2024-06-05", "issuer": "Văn phòng Chính phủ", "title": "về phòng chống hạn mặn"}),
    ("Phòng Tư pháp huyện đã ban hành công văn về việc rà soát văn bản quy phạm pháp luật.\nTheo đó, đề nghị các xã rà soát.",
     {"doc_type": "CV", "symbol": None, "date": None, "issuer": "Phòng Tư pháp huyện", "title": "về việc rà soát văn bản quy phạm pháp luật"}),
    ("Sở Y tế đã ban hành Công văn số 1520/SYT-NVY ngày 12/6/2023 gửi các đơn vị về việc tăng cường phòng chống dịch.",
     {"doc_type": "CV", "symbol": "1520/SYT-NVY", "date": "2023-06-12", "issuer": "Sở Y tế", "title": "về việc tăng cường phòng chống dịch"}),
    ("UBND tỉnh vừa có Văn bản số 1234/UBND-KT ngày 02/3/2024 về việc triển khai Nghị định số 30/2020/NĐ-CP.",
     {"doc_type": "CV", "symbol": "1234/UBND-KT", "date": "2024-03-02", "issuer": "UBND tỉnh", "title": "về việc triển khai Nghị định số 30/2020/NĐ-CP"}),
    ("Ngày 05/4/2022, Ủy ban nhân dân tỉnh Kiên Giang ký ban hành Quyết định số 123/QĐ-UBND phê duyệt Đề án phát triển du lịch.",
     {"doc_type": "QĐ", "symbol": "123/QĐ-UBND", "date": "2022-04-05", "issuer": "Ủy ban nhân dân tỉnh Kiên Giang", "title": "phê duyệt Đề án phát triển du lịch"}),
    ("Ngày 05/4/2022, Chủ tịch UBND tỉnh đã ký Quyết định số 123/QĐ-UBND phê duyệt Đề án phát triển du lịch.",
     {"doc_type": "QĐ", "symbol": "123/QĐ-UBND", "date": "2022-04-05", "issuer": "Chủ tịch UBND tỉnh", "title": "phê duyệt Đề án phát triển du lịch"}),
    ("Ngày 14/3, Sở Nội vụ có văn bản số 215/SNV-CCVC về việc tuyển dụng viên chức năm 2024.",
     {"doc_type": "CV", "symbol": "215/SNV-CCVC", "date": None, "issuer": "Sở Nội vụ", "title": "về việc tuyển dụng viên chức năm 2024"}),
    ("Ban Tuyên giáo Huyện ủy đã có văn bản số 12-HD/BTGHU hướng dẫn tuyên truyền kỷ niệm ngày thành lập huyện.",
     {"doc_type": "HD", "symbol": "12-HD/BTGHU", "date": None, "issuer": "Ban Tuyên giáo Huyện ủy", "title": "tuyên truyền kỷ niệm ngày thành lập huyện"}),
    ("Ban Tuyên giáo Huyện ủy vừa có văn bản hướng dẫn tuyên truyền kỷ niệm 70 năm Ngày thành lập huyện.",
     {"doc_type": "HD", "symbol": None, "date": None, "issuer": "Ban Tuyên giáo Huyện ủy", "title": "hướng dẫn tuyên truyền kỷ niệm 70 năm Ngày thành lập huyện"}),
    ("(TTXVN) - Ban Dân vận Tỉnh ủy vừa có văn bản đề nghị các huyện ủy tổng kết phong trào thi đua năm 2024.",
     {"doc_type": "CV", "symbol": None, "date": None, "issuer": "Ban Dân vận Tỉnh ủy", "title": None}),
    ("Hội Cựu chiến binh tỉnh mới đây vừa ban hành Kế hoạch tổ chức Đại hội Câu lạc bộ doanh nhân cựu chiến binh lần thứ II.",
     {"doc_type": "KH", "symbol": None, "date": None, "issuer": "Hội Cựu chiến binh tỉnh", "title": "tổ chức Đại hội Câu lạc bộ doanh nhân cựu chiến binh lần thứ II"}),
    ("(Báo Tin tức) - Sở Y tế vừa ban hành Kế hoạch số 88/KH-SYT ngày 02/5/2024 về phòng chống sốt xuất huyết.",
     {"doc_type": "KH", "symbol": "88/KH-SYT", "date": "2024-05-02", "issuer": "Sở Y tế", "title": "về phòng chống sốt xuất huyết"}),
    ("Quyết định số 45/QĐ-UBND của Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể, vì: Đã có thành tích trong công tác năm 2024.",
     {"doc_type": "QĐ", "symbol": "45/QĐ-UBND", "date": None, "issuer": "Chủ tịch UBND huyện", "title": "tặng Giấy khen cho 12 tập thể, vì: Đã có thành tích trong công tác năm 2024"}),
    ("Siết chặt kỷ cương trong thu ngân sách\nĐó là nội dung chính của Chỉ thị số 05/CT-UBND của Chủ tịch UBND tỉnh về tăng cường quản lý thu ngân sách năm 2023.",
     {"doc_type": "CT", "symbol": "05/CT-UBND", "date": None, "issuer": "Chủ tịch UBND tỉnh", "title": "về tăng cường quản lý thu ngân sách năm 2023"}),
    ("Chỉ thị số 03-CT/TU ngày 10/01/2022 của Ban Thường vụ Tỉnh ủy về tăng cường phòng chống tham nhũng\nNội dung tin.",
     {"doc_type": "CT", "symbol": "03-CT/TU", "date": "2022-01-10", "issuer": "Ban Thường vụ Tỉnh ủy", "title": "về tăng cường phòng chống tham nhũng"}),
    ("Ban biên tập giới thiệu toàn văn Nghị quyết số 05-NQ/HU, ngày 02/3/2022 của Ban Thường vụ Huyện ủy về phát triển du lịch.",
     {"doc_type": "NQ", "symbol": "05-NQ/HU", "date": "2022-03-02", "issuer": "Ban Thường vụ Huyện ủy", "title": "về phát triển du lịch"}),
    ("Hội Nông dân tỉnh mới đây vừa ban hành Kế hoạch tổ chức Hội thi nhà nông đua tài năm 2024.",
     {"doc_type": "KH", "symbol": None, "date": None, "issuer": "Hội Nông dân tỉnh", "title": "tổ chức Hội thi nhà nông đua tài năm 2024"}),
    ("UBND tỉnh vừa ban hành văn bản số 4321/UBND-KGVX, gửi Sở Y tế, Sở Tài chính về bảo đảm kinh phí phòng chống dịch.",
     {"doc_type": "CV", "symbol": "4321/UBND-KGVX", "date": None, "issuer": "UBND tỉnh", "title": "về bảo đảm kinh phí phòng chống dịch"}),
    ("Ngày 31/12/2025, UBND tỉnh đã ban hành Kế hoạch số 75/KH-UBND về chuyển đổi số năm 2026, xác định rõ lộ trình và các mục tiêu cụ thể.",
     {"doc_type": "KH", "symbol": "75/KH-UBND", "date": "2025-12-31", "issuer": "UBND tỉnh", "title": "về chuyển đổi số năm 2026"}),
    ("UBND huyện vừa ban hành Kế hoạch số 12/KH-UBND về phòng, chống thiên tai năm 2024, nhằm chủ động ứng phó với mưa lũ.",
     {"doc_type": "KH", "symbol": "12/KH-UBND", "date": None, "issuer": "UBND huyện", "title": "về phòng, chống thiên tai năm 2024"}),
    ("Sở Tư pháp vừa qua đã ban hành Kế hoạch số 30/KH-STP về phổ biến pháp luật năm 2023.",
     {"doc_type": "KH", "symbol": "30/KH-STP", "date": None, "issuer": "Sở Tư pháp", "title": "về phổ biến pháp luật năm 2023"}),
    # a summary of two items joined by a semicolon is one subject; the news's own clause after one is not
    ("Ban Dân vận Huyện ủy vừa ban hành Công văn số 21-CV/BDVHU về việc củng cố tổ dân vận; kiện toàn khối dân vận xã. Theo đó, các xã rà soát.",
     {"doc_type": "CV", "symbol": "21-CV/BDVHU", "date": None, "issuer": "Ban Dân vận Huyện ủy", "title": "về việc củng cố tổ dân vận; kiện toàn khối dân vận xã"}),
    ("Sở Y tế vừa ban hành Kế hoạch số 40/KH-SYT về phòng chống dịch sởi năm 2024; đồng thời yêu cầu các bệnh viện báo cáo hằng tuần.",
     {"doc_type": "KH", "symbol": "40/KH-SYT", "date": None, "issuer": "Sở Y tế", "title": "về phòng chống dịch sởi năm 2024"}),
    ("UBND huyện vừa ban hành Kế hoạch số 15/KH-UBND về phòng chống dịch năm 2024; Phòng Y tế chủ trì triển khai.",
     {"doc_type": "KH", "symbol": "15/KH-UBND", "date": None, "issuer": "UBND huyện", "title": "về phòng chống dịch năm 2024"}),
    # the head who signed, named by post and name, with a bare "ký": the post issues it (not the person)
    ("Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành ký Quyết định số 1234/QĐ-UBND ngày 03/4/2025 thành lập Hội đồng thẩm định giá đất.",
     {"doc_type": "QĐ", "symbol": "1234/QĐ-UBND", "date": "2025-04-03", "issuer": "Chủ tịch UBND tỉnh Kiên Giang", "title": "thành lập Hội đồng thẩm định giá đất"}),
    ("Thủ tướng Chính phủ Nguyễn Thị Thanh Hà đã ký Quyết định số 88/QĐ-TTg ngày 10/01/2025 phê duyệt Đề án phát triển văn hóa đọc.",
     {"doc_type": "QĐ", "symbol": "88/QĐ-TTg", "date": "2025-01-10", "issuer": "Thủ tướng Chính phủ", "title": "phê duyệt Đề án phát triển văn hóa đọc"}),
    # "của <body>" ends where the dispatch's subject begins with what it asks
    ("Phó Chủ tịch UBND tỉnh Lê Văn Nam vừa ký Công điện số 5/CĐ-UBND ngày 2/9/2025 của Chủ tịch UBND tỉnh yêu cầu các xã, phường ứng phó với bão.",
     {"doc_type": "CĐ", "symbol": "5/CĐ-UBND", "date": "2025-09-02", "issuer": "Chủ tịch UBND tỉnh", "title": "yêu cầu các xã, phường ứng phó với bão"}),
    # the page's stamp before the lead is no part of the subject (PAGE_STAMP)
    (" date 2024-10-02 Chủ tịch UBND tỉnh Trần Văn An vừa ký ban hành Công điện số 9/CĐ-UBND yêu cầu các xã, phường ứng phó với mưa lũ.",
     {"doc_type": "CĐ", "symbol": "9/CĐ-UBND", "date": None, "issuer": "Chủ tịch UBND tỉnh", "title": "yêu cầu các xã, phường ứng phó với mưa lũ"}),
    # a number without its symbol is a document's number; the lead's day and month take the stamp's year
    (" date 2024-10-03 Chính phủ họp.\nThủ tướng Chính phủ ký Công điện số 98 ngày 2/10 yêu cầu các bộ, ngành ứng phó với bão số 6.",
     {"doc_type": "CĐ", "symbol": None, "date": "2024-10-02", "issuer": "Thủ tướng Chính phủ", "title": "yêu cầu các bộ, ngành ứng phó với bão số 6"}),
    (" date 2025-01-05 Thủ tướng Chính phủ ký Công điện số 120 ngày 28/12 yêu cầu các địa phương phòng chống rét đậm.",
     {"doc_type": "CĐ", "symbol": None, "date": "2024-12-28", "issuer": "Thủ tướng Chính phủ", "title": "yêu cầu các địa phương phòng chống rét đậm"}),
    # a post one person holds, with the holder's name: the post's body
    ("Ngày 18/6, Thủ tướng Nguyễn Văn An ký ban hành Công điện về việc phòng chống hạn hán, xâm nhập mặn.",
     {"doc_type": "CĐ", "symbol": None, "date": None, "issuer": "Thủ tướng Chính phủ", "title": "về việc phòng chống hạn hán, xâm nhập mặn"}),
    # a lead that opens with the document after the page's stamp, no verb (a title line)
    (" date 2024-05-06 Thông báo số 120/TB-VPCP ngày 3/5/2024 kết luận cuộc họp về phòng chống hạn mặn.\nCác bộ, ngành triển khai.",
     {"doc_type": "TB", "symbol": "120/TB-VPCP", "date": "2024-05-03", "issuer": "Văn phòng Chính phủ", "title": "kết luận cuộc họp về phòng chống hạn mặn"}),
    # an urgency mark after the type name (Decree 30/2020, Annex I) is part of neither type nor subject
    ("Chủ tịch UBND tỉnh vừa ban hành công điện khẩn số 17/CĐ-UBND ngày 02/8/2024 về việc ứng phó với áp thấp nhiệt đới.",
     {"doc_type": "CĐ", "symbol": "17/CĐ-UBND", "date": "2024-08-02", "issuer": "Chủ tịch UBND tỉnh", "title": "về việc ứng phó với áp thấp nhiệt đới"}),
    ("Ngày 12/10/2024, Ban Thường vụ Huyện ủy ban hành Công văn hỏa tốc về việc phòng, chống lũ quét và sạt lở đất.",
     {"doc_type": "CV", "symbol": None, "date": "2024-10-12", "issuer": "Ban Thường vụ Huyện ủy", "title": "về việc phòng, chống lũ quét và sạt lở đất"}),
    ("Ngày 03/5/2024, Chủ tịch UBND tỉnh đã ban hành hỏa tốc Công điện số 8/CĐ-UBND về việc phòng, chống cháy rừng.",
     {"doc_type": "CĐ", "symbol": "8/CĐ-UBND", "date": "2024-05-03", "issuer": "Chủ tịch UBND tỉnh", "title": "về việc phòng, chống cháy rừng"}),
    ("Ban Chỉ huy phòng thủ dân sự tỉnh vừa ban hành công điện khẩn yêu cầu các xã, phường sơ tán dân khỏi vùng nguy hiểm.",
     {"doc_type": "CĐ", "symbol": None, "date": None, "issuer": "Ban Chỉ huy phòng thủ dân sự tỉnh", "title": "yêu cầu các xã, phường sơ tán dân khỏi vùng nguy hiểm"}),
    # a headline naming the place gives way to the lead's statement naming the issuer
    ("Hải Phòng ban hành kế hoạch ứng phó với bão, lũ năm 2024\nNgày 10/3/2024, Ủy ban nhân dân thành phố ban hành Kế hoạch về ứng phó với bão, lũ năm 2024 trên địa bàn thành phố.",
     {"doc_type": "KH", "symbol": None, "date": "2024-03-10", "issuer": "Ủy ban nhân dân thành phố", "title": "về ứng phó với bão, lũ năm 2024 trên địa bàn thành phố"}),
    ("Chủ tịch UBND tỉnh đã ký ban hành Công điện khẩn gửi Giám đốc các sở, ngành; Chủ tịch UBND các xã, phường về việc chủ động ứng phó với rét đậm.",
     {"doc_type": "CĐ", "symbol": None, "date": None, "issuer": "Chủ tịch UBND tỉnh", "title": "về việc chủ động ứng phó với rét đậm"}),
    # a minister named by post and name, the post shortened to the ministry's field
    ("Bộ trưởng Tài chính Nguyễn Văn Thắng vừa ký Quyết định số 15/QĐ-BTC phê duyệt Đề án chuyển đổi số ngành tài chính.",
     {"doc_type": "QĐ", "symbol": "15/QĐ-BTC", "date": None, "issuer": "Bộ trưởng Bộ Tài chính", "title": "phê duyệt Đề án chuyển đổi số ngành tài chính"}),
    ("Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã ký công văn gửi UBND các tỉnh về việc sắp xếp đơn vị sự nghiệp công lập.",
     {"doc_type": "CV", "symbol": None, "date": None, "issuer": "Bộ trưởng Bộ Nội vụ", "title": "về việc sắp xếp đơn vị sự nghiệp công lập"}),
    # a type word in the subject after a comma is no list of documents when the document is named with capitals
    ("Chủ tịch UBND tỉnh vừa ký ban hành Quyết định về việc thành lập Tổ công tác hỗ trợ các doanh nghiệp, dự án đầu tư trên địa bàn.",
     {"doc_type": "QĐ", "symbol": None, "date": None, "issuer": "Chủ tịch UBND tỉnh", "title": "về việc thành lập Tổ công tác hỗ trợ các doanh nghiệp, dự án đầu tư trên địa bàn"}),
    # a verb coordinated with the issuing is no part of the body's name
    ("Ngày 08/11/2023, Huyện ủy Tân Lạc đã xây dựng và ban hành Kế hoạch số 20-KH/HU về phát triển du lịch cộng đồng.",
     {"doc_type": "KH", "symbol": "20-KH/HU", "date": "2023-11-08", "issuer": "Huyện ủy Tân Lạc", "title": "về phát triển du lịch cộng đồng"}),
    ("Văn phòng Chính phủ vừa có Thông cáo báo chí về kết quả phiên họp Chính phủ thường kỳ tháng 5 năm 2024.",
     {"doc_type": "TC", "symbol": None, "date": None, "issuer": "Văn phòng Chính phủ", "title": "về kết quả phiên họp Chính phủ thường kỳ tháng 5 năm 2024"}),
    # the press's short name: a type name and the bare number, no "số"
    ("Chủ tịch UBND tỉnh Trần Văn An vừa ký ban hành Chỉ thị 03 yêu cầu các sở, ngành tăng cường phòng, chống dịch.",
     {"doc_type": "CT", "symbol": None, "date": None, "issuer": "Chủ tịch UBND tỉnh", "title": "yêu cầu các sở, ngành tăng cường phòng, chống dịch"}),
    # a document two bodies issue together: the first named, the subject after the second
    ("Thường trực Ban Bí thư vừa ký ban hành Kết luận số 150-KL/TW của Bộ Chính trị, Ban Bí thư về phân cấp quản lý cán bộ.",
     {"doc_type": "KL", "symbol": "150-KL/TW", "date": None, "issuer": "Bộ Chính trị", "title": "về phân cấp quản lý cán bộ"}),
    # "khẩn cấp" is a word of the subject, no urgency mark
    ("UBND huyện vừa ban hành Kế hoạch khẩn cấp ứng phó với hạn hán năm 2024.",
     {"doc_type": "KH", "symbol": None, "date": None, "issuer": "UBND huyện", "title": "khẩn cấp ứng phó với hạn hán năm 2024"}),
    # the short name the news calls the document by, in brackets after its number
    ("Ban Chấp hành Đảng bộ tỉnh vừa ban hành Nghị quyết số 09-NQ/TU (Nghị quyết 09) về phát triển kinh tế biển.",
     {"doc_type": "NQ", "symbol": "09-NQ/TU", "date": None, "issuer": "Ban Chấp hành Đảng bộ tỉnh", "title": "về phát triển kinh tế biển"}),
    ("Bộ Chính trị đã ban hành Kết luận số 21-KL/TW ngày 5/3/2024 (gọi tắt là Kết luận 21) về công tác cán bộ.",
     {"doc_type": "KL", "symbol": "21-KL/TW", "date": "2024-03-05", "issuer": "Bộ Chính trị", "title": "về công tác cán bộ"}),
    # a body named in full with its initials in brackets
    ("Ủy ban nhân dân (UBND) huyện Tân Phú vừa ban hành Kế hoạch số 33/KH-UBND về phát triển du lịch.",
     {"doc_type": "KH", "symbol": "33/KH-UBND", "date": None, "issuer": "Ủy ban nhân dân huyện Tân Phú", "title": "về phát triển du lịch"}),
    # a notice pointing into its attached file; a ministry's code names it
    ("Chi tiết xem trong Công văn số 1520/BYT-KCB trong file đính kèm.",
     {"doc_type": "CV", "symbol": "1520/BYT-KCB", "date": None, "issuer": "Bộ Y tế", "title": None}),
    # an adverb of manner before the verb is no part of the body's name
    ("Thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy đã khẩn trương ban hành Kế hoạch số 08 về tổ chức đại hội các chi bộ trực thuộc.",
     {"doc_type": "KH", "symbol": None, "date": None, "issuer": "Ban Thường vụ Huyện ủy", "title": "về tổ chức đại hội các chi bộ trực thuộc"}),
    # "ra" a document; a notice of conclusions summarized by them
    ("Văn phòng Chính phủ vừa ra thông báo Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về cải cách thủ tục hành chính. Theo đó, các bộ rà soát.",
     {"doc_type": "TB", "symbol": None, "date": None, "issuer": "Văn phòng Chính phủ", "title": "Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về cải cách thủ tục hành chính"}),
    # a council adopts its resolution; its term is no part of its name
    ("Tại Kỳ họp thứ 12, Hội đồng nhân dân tỉnh Nam An khóa X đã thông qua Nghị quyết quy định mức hỗ trợ cộng tác viên dân số trên địa bàn tỉnh.",
     {"doc_type": "NQ", "symbol": None, "date": None, "issuer": "Hội đồng nhân dân tỉnh Nam An", "title": "quy định mức hỗ trợ cộng tác viên dân số trên địa bàn tỉnh"}),
    # whose word the headline is, then the document
    ("Đó là chỉ đạo của UBND tỉnh đối với các sở, ban, ngành, UBND các huyện tại Công văn số 2150/UBND-KGVX ngày 12/7/2021 về việc tăng cường phòng, chống dịch.",
     {"doc_type": "CV", "symbol": "2150/UBND-KGVX", "date": "2021-07-12", "issuer": "UBND tỉnh", "title": "về việc tăng cường phòng, chống dịch"}),
    ("Đây là nội dung chỉ đạo của Thủ tướng Chính phủ tại Công điện số 14/CĐ-TTg ngày 5/3/2024 về phòng, chống cháy rừng.",
     {"doc_type": "CĐ", "symbol": "14/CĐ-TTg", "date": "2024-03-05", "issuer": "Thủ tướng Chính phủ", "title": "về phòng, chống cháy rừng"}),
    # the document first, its date after its subject, who asks after the comma
    ("Tại Công văn số 31-CV/BCĐ về việc rà soát tổ chức bộ máy trong hệ thống chính trị ngày 05/3/2025, Ban Chỉ đạo tỉnh đề nghị các đảng bộ trực thuộc hoàn thành việc rà soát.",
     {"doc_type": "CV", "symbol": "31-CV/BCĐ", "date": "2025-03-05", "issuer": "Ban Chỉ đạo tỉnh", "title": "về việc rà soát tổ chức bộ máy trong hệ thống chính trị"}),
    ("Tại Chỉ thị số 05/CT-UBND, Chủ tịch UBND tỉnh yêu cầu các sở, ngành tăng cường phòng, chống cháy rừng.",
     {"doc_type": "CT", "symbol": "05/CT-UBND", "date": None, "issuer": "Chủ tịch UBND tỉnh", "title": None}),
    # the official named there signs for his head; the notice's code names the office that issues it
    ("Tại Công điện số 14/CĐ-TTg, Thủ tướng Phạm Văn An yêu cầu các bộ, ngành tập trung ứng phó với bão.",
     {"doc_type": "CĐ", "symbol": "14/CĐ-TTg", "date": None, "issuer": "Thủ tướng Chính phủ", "title": None}),
    ("Tại Thông báo số 120/TB-VPCP ngày 3/5/2024, Phó Thủ tướng Lê Văn Minh yêu cầu các bộ rà soát thủ tục hành chính.",
     {"doc_type": "TB", "symbol": "120/TB-VPCP", "date": "2024-05-03", "issuer": "Văn phòng Chính phủ", "title": None}),
    # a title line opening with a pictogram; the issuer after the subject, before what the document does
    ("🎯 Chỉ thị số 2150/CT-BGDĐT về việc thực hiện nhiệm vụ năm học 2024-2025 của Bộ Giáo dục và Đào tạo xác định chủ đề năm học. Các trường triển khai.",
     {"doc_type": "CT", "symbol": "2150/CT-BGDĐT", "date": None, "issuer": "Bộ Giáo dục và Đào tạo", "title": "về việc thực hiện nhiệm vụ năm học 2024-2025"}),
    # dated by the part of the day; a department's director signs for the department
    ("(TTO) - Chiều nay 8/10/2024, Giám đốc Sở Y tế Trần Văn An đã ký văn bản hỏa tốc đề nghị các bệnh viện bảo đảm thuốc cho mùa mưa bão.",
     {"doc_type": "CV", "symbol": None, "date": "2024-10-08", "issuer": "Sở Y tế", "title": None}),
    # dated before the deputy who signed; the short name in brackets after the subject
    ("Ngày 8/7/2024, Phó Thủ tướng Chính phủ Lê Văn Minh đã ký Quyết định số 12/QĐ-TTg phê duyệt Quy hoạch du lịch quốc gia thời kỳ 2021 - 2030 (Quy hoạch). Quy hoạch xác định các vùng.",
     {"doc_type": "QĐ", "symbol": "12/QĐ-TTg", "date": "2024-07-08", "issuer": "Thủ tướng Chính phủ", "title": "phê duyệt Quy hoạch du lịch quốc gia thời kỳ 2021 - 2030"}),
    # the stamp on the lead's own line gives the year; a quoted subject ends at its quote
    (" date 2025-12-09 Ngày 11/11, Ban Chỉ đạo thành phố đã ban hành Kế hoạch số 06 về “Xây dựng phường kiểu mẫu về trật tự đô thị”, thời gian thực hiện từ ngày 15/11/2025.",
     {"doc_type": "KH", "symbol": None, "date": "2025-11-11", "issuer": "Ban Chỉ đạo thành phố", "title": "về “Xây dựng phường kiểu mẫu về trật tự đô thị”"}),
    # a letter's subject naming its addressees parted by semicolons, as a "Kính gửi" line parts them
    ("Ngày 11/8/2021, UBND tỉnh đã ban hành văn bản số 2508/UBND-KGVX, chỉ đạo các sở, ban, ngành thuộc tỉnh; UBND các huyện, thành phố tăng cường phòng, chống dịch. Nội dung như sau:",
     {"doc_type": "CV", "symbol": "2508/UBND-KGVX", "date": "2021-08-11", "issuer": "UBND tỉnh", "title": "chỉ đạo các sở, ban, ngành thuộc tỉnh; UBND các huyện, thành phố tăng cường phòng, chống dịch"}),
    # drawing up a plan whose number the press gives in brackets after its subject
    ("Hưởng ứng phong trào thi đua, UBND huyện xây dựng Kế hoạch tổ chức Ngày hội văn hóa các dân tộc năm 2026 (Kế hoạch số 15/KH-UBND).",
     {"doc_type": "KH", "symbol": "15/KH-UBND", "date": None, "issuer": "UBND huyện", "title": "tổ chức Ngày hội văn hóa các dân tộc năm 2026"}),
)
# A table's row of column names is no metadata block: labels side by side, no value between.
NOT_METADATA = (
    "| Số ký hiệu | Ngày ban hành | Trích yếu |\n| 12/KH-UBND | 05/4/2022 | Về phát triển du lịch |\n",
    "Trích yếu\nVăn bản này hướng dẫn công tác thi đua.\nNội dung chính của văn bản.\n",
)

# Pages that report on work done under documents: no document is announced.
NOT_ANNOUNCEMENTS = (
    # a cited document issued the other one: the verb's subject is a citation
    "Hội nghị toàn quốc\nThủ tướng trình bày các nội dung của Nghị quyết số 45/NQ-CP ngày 10/5/2024 của Chính phủ ban hành Kế hoạch hành động thực hiện Nghị quyết số 12-NQ/TW.\n",
    # a page handing out several documents, each with its link, is a list of them
    "Văn bản\nQuyết định số 12/QĐ-UBND ngày 05/01/2023 xem tại đây\nKế hoạch số 30/KH-UBND ngày 10/02/2023 xem tại đây\n",
    "Tin tức\nSau khi Tỉnh ủy ban hành Chỉ thị số 08-CT/TU ngày 05/4/2022 về công tác phòng cháy, các huyện đã tổ chức quán triệt.",
    "Tin tức\nTừ khi UBND huyện ban hành Kế hoạch số 57/KH-UBND ngày 05/4/2022, các xã đã đón 20.000 lượt khách.",
    "Kết quả thực hiện Đề án số 07-ĐA/TU về phát triển nông nghiệp\nNăm qua, thực hiện Chỉ thị số 05-CT/TU ngày 15/5/2016 của Ban Thường vụ Tỉnh ủy, các cấp đã đạt nhiều kết quả.",
    "Chương trình nghệ thuật chào mừng ngày Quốc khánh\nTối 2/9, Nhà văn hóa tỉnh tổ chức chương trình nghệ thuật.",
    # the plan is cited before the sentence that tells it was issued: a report on work done under it
    "Đại hội cấp huyện hoàn thành\nCác đảng bộ đã tổ chức đại hội theo Kế hoạch số 31-KH/TU của Ban Thường vụ Tỉnh ủy.\n"
    "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 31-KH/TU ngày 5-9-2019 về đại hội đảng bộ các cấp, các huyện đã quán triệt.",
    "Du lịch cộng đồng\nNăm nay xã có kế hoạch phát triển du lịch cộng đồng gắn với làng nghề truyền thống.",
    "Hội nghị sơ kết 5 năm\nHuyện ủy tổ chức hội nghị sơ kết 5 năm triển khai Kế hoạch số 10-KH/HU ngày 02/3/2019 của Ban Thường vụ Huyện ủy.",
    # a leader's directions published in full: the plan it says was issued is cited by them
    "Thi đua chào mừng đại hội đảng bộ các cấp\nĐồng chí Bí thư Đảng ủy đã có ý kiến chỉ đạo cụ thể. Trang tin trân trọng giới thiệu "
    "toàn văn nội dung này.\nThực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị; ngày 10/12/2019, Ban Thường vụ Đảng ủy đã "
    "ban hành Kế hoạch số 101-KH/ĐU về tổ chức đại hội đảng bộ các cấp.",
    # a reply on a feedback portal: the resolution it names supports the answer
    "Kính chào Ông/Bà.\nVấn đề Ông/Bà phản ánh, UBND phường Hòa Bình kiểm tra và trả lời như sau:\nViệc nâng cấp tuyến kiệt đã được HĐND "
    "phường ban hành Nghị quyết số 15/NQ-HĐND ngày 20/12/2024 về danh mục đầu tư công năm 2025.\nTrân trọng.",
    # (a letter that lost its header, whose body says a decision was issued: the letter itself, a
    # letter (CV) citing the decision; tests/test_ann14_pages.py)
    # a results line listing what was issued: two numbered documents after one verb, neither the page's
    "1. Kết quả đạt được\n- UBND tỉnh đã ban hành Chỉ thị số 03/CT-UBND ngày 10/01/2025 về phòng cháy rừng; Kế hoạch số 15/KH-UBND ngày 12/01/2025 về trồng cây.",
    "Tin hoạt động\nSở Y tế đã ban hành Kế hoạch số 21/KH-SYT ngày 02/3/2024 và Kế hoạch số 22/KH-SYT ngày 04/3/2024 về tiêm chủng, dinh dưỡng năm 2024.",
    # a digest of several documents, each told "Tại <type> số ..., <body> quyết định ..."
    "Sắp xếp tổ chức đảng\nTại Quyết định số 41-QĐ/TU, Ban Thường vụ Tỉnh ủy quyết định thành lập Đảng bộ xã An Phú.\n"
    "Tại Quyết định số 42-QĐ/TU, Ban Thường vụ Tỉnh ủy quyết định thành lập Đảng bộ xã Bình Hòa.",
    # drawing up a plan without its number is work on it
    "Du lịch cộng đồng\nCác xã xây dựng kế hoạch phát triển du lịch cộng đồng gắn với làng nghề truyền thống.",
    # kinds of documents issued, listed in a report of work done
    "Tổng kết năm 2025\nĐảng bộ xã đã tổ chức thành công Đại hội; ban hành quy chế làm việc, chương trình hành động thực hiện Nghị quyết Đại hội.",
    "Kỳ họp thứ 21\nKỳ họp đã thông qua Nghị quyết về chính sách hỗ trợ khắc phục thiệt hại do bão và Nghị quyết về điều chỉnh kế hoạch đầu tư công năm 2024.",
    # a review of the year's work
    "Tổng kết công tác kiểm tra\nNăm 2024, Ban Thường vụ Huyện ủy đã quyết định thành lập 5 đoàn kiểm tra đối với 20 tổ chức đảng; kết quả cho thấy các tổ chức đảng thực hiện tốt.",
    # a council's decision is a resolution, a meeting's no document
    "Kỳ họp thứ 9\nHĐND tỉnh quyết định thành lập thị xã Phú Mỹ trên cơ sở toàn bộ diện tích của huyện.",
    "Hội nghị Ban Chấp hành\nHội nghị quyết định thành lập Đảng bộ xã An Phú trên cơ sở hợp nhất hai đảng bộ.",
    # an issue proposed, not done
    "Hội nghị Ban Thường vụ Đảng ủy\nHội nghị cho ý kiến đối với Tờ trình của UBND xã về ban hành Nghị quyết của Ban Thường vụ Đảng ủy tăng cường công tác phòng, chống ma túy.",
    "Tin hoạt động\nSở Tư pháp đề nghị ban hành Kế hoạch rà soát văn bản quy phạm pháp luật năm 2026.",
    # a meeting approving a plan is no act adopted by a council
    "Hội nghị Ban Chấp hành\nHội nghị đã thông qua Kế hoạch tổ chức đại hội các chi bộ trực thuộc năm 2025.",
)
# A letter's salutation ("Kính gửi: ..." - Decree 30/2020, công văn) before a lead's sentence: the
# text is the letter itself (a copy that lost its header), so "Ngày 03/6/2020, Thủ tướng Chính phủ
# đã ban hành Quyết định số 749/QĐ-TTg ..." in it cites that decision; it announces nothing (folded).
# A reply on a citizens' feedback portal greets its reader the same way ("Kính chào Ông/Bà.", "Kính
# gửi: Quý Ông/Bà."): the body answers, and a document it says was issued supports the answer.
LETTER_SALUTATION = re.compile(r"(?:^|\n)[ \t|>*-]*kính\s+(?:gửi\s*:|chào\s+(?:quý\s+)?(?:ông|bà|anh|chị|bạn)(?![\wđ]))")
# One verb over a list of numbered documents ("đã ban hành Chỉ thị số 02/CT-UBND ...; Công điện số
# 04/CĐ-UBND ..."): a press release or report telling what was issued, not a page announcing one
# document (a news lead announces one). What joins the list's members, after the first's subject.
LIST_JOINERS = (";", ",", "và", "cùng", "đồng thời")

# An act of an elected body is dated by its adoption, which its closing sentence states of itself
# ("này": this act), not by a place-and-date line: a law or a resolution of the National Assembly
# or its Standing Committee has none in its header; a People's Council resolution repeats it
# (Law 64/2025/QH15 on the promulgation of legal documents). Read only when the header gives no date.
ADOPTION_CLAUSE = re.compile(
    r"\b(?:Bộ luật|Luật|Nghị quyết|Pháp lệnh|Hiến pháp)\s+này\s+(?:đã\s+)?được\s+(?P<body>[^.;]{3,200}?)\s+"
    r"(?:biểu quyết\s+)?thông\s+qua\s+(?:vào\s+)?(?=ngày|\d)"
)
ADOPTION_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội\n\nchủ nghĩa Việt Nam khóa XV thông qua ngày 26 tháng 3 năm 2025.",
     "2025-03-26"),
    ("Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 9 thông qua ngày 19 tháng 6 năm 2025.", "2025-06-19"),
    ("Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Nam khóa X, Kỳ họp thứ 20 thông qua ngày 09/12/2024 và có hiệu lực từ ngày 20/12/2024.",
     "2024-12-09"),
    # another act's adoption is not this one's
    ("Luật Đất đai được Quốc hội thông qua ngày 18 tháng 01 năm 2024.", None),
    ("Nghị quyết này có hiệu lực thi hành từ ngày thông qua.", None),
)

# A congress's resolution is titled by the congress ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh X lần
# thứ XI, nhiệm kỳ 2020 - 2025"; the Party's, the Youth Union's, the Front's, an association's): with
# no header to name its issuer (a web copy of it), the congress named in the title issued it.
CONGRESS_TITLE = re.compile(r"^\s*(?P<name>Đại hội\s+(?:đại biểu\s+)?\S[^,;:()]{2,120}?\s+lần\s+thứ\s+(?:[IVXLC]+|\d{1,2}|[^\W\d_]+))(?![\w])", re.I)
CONGRESS_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI", "Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI"),
    ("Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng lần thứ XII, nhiệm kỳ 2026 - 2031",
     "Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng lần thứ XII"),
    ("Đại hội Đảng bộ xã Phú Thịnh lần thứ nhất, nhiệm kỳ 2025 - 2030", "Đại hội Đảng bộ xã Phú Thịnh lần thứ nhất"),
    # a plan for a congress is not the congress's resolution (the rule reads resolutions' titles only)
    ("Tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố lần thứ XIV", None),
)

# The term a Party committee, the Front or a union names itself by, after its name and before the
# verb of issue ("Ủy ban MTTQ Việt Nam tỉnh X khoá VIII, nhiệm kỳ 2019 – 2024 xây dựng chương trình
# ..."; "Ban Chấp hành Đoàn xã Y khóa XII, nhiệm kỳ 2022 - 2027 ban hành Kế hoạch ..."): not part of
# the body's name; the comma inside it does not end the clause's subject.
BODY_TERM = re.compile(
    r"(?:[ \t]+(?:khóa|khoá)[ \t]+(?:[IVXLC]+|\d{1,2}))?(?:[ \t]*,?[ \t]*nhiệm kỳ[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4})?[ \t]*$",
    re.I,
)
BODY_TERM_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Ủy ban MTTQ Việt Nam tỉnh Nam An khoá VIII, nhiệm kỳ 2019 – 2024", "Ủy ban MTTQ Việt Nam tỉnh Nam An"),
    ("Ban Chấp hành Đoàn xã Phú Thịnh khóa XII", "Ban Chấp hành Đoàn xã Phú Thịnh"),
    ("Hội Nông dân huyện Tân Lập nhiệm kỳ 2023-2028", "Hội Nông dân huyện Tân Lập"),
    ("Ủy ban nhân dân tỉnh Nam An", "Ủy ban nhân dân tỉnh Nam An"),
)

# A head who issues in his own name and heads no board (Decree 30/2020: the Prime Minister, the
# State President): his deputy signs "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG", so a lead naming the deputy
# ("Phó Thủ tướng Trần Hồng Hà vừa ký Quyết định 425/QĐ-TTg ...") tells of the head's document.
HEAD_OF_DEPUTY = {"thủ tướng": "Thủ tướng Chính phủ", "chủ tịch nước": "Chủ tịch nước"}
# The issuer code that head's own documents carry (Decree 30/2020): a deputy who signs a document
# numbered for another body (as head of a steering committee, "…/QĐ-BCĐ") signs for that body.
HEAD_CODES = {"Thủ tướng Chính phủ": ("TTg",), "Chủ tịch nước": ("CTN",)}
DEPUTY_OF_HEAD = re.compile(r"[ \t]*(?i:phó)[ \t]+(?P<head>(?i:thủ tướng|chủ tịch nước))(?:[ \t]+(?i:chính phủ))?[ \t]+(?=[A-ZĐÀ-Ỹ])")
DEPUTY_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("Mới đây, Phó Thủ tướng Lê Văn Minh vừa ký Quyết định số 12/QĐ-TTg phê duyệt Đề án phát triển du lịch.", "Thủ tướng Chính phủ"),
    ("Phó Thủ tướng Chính phủ Trần Văn Nam đã ký Quyết định số 88/QĐ-TTg ngày 10/01/2025 phê duyệt Quy hoạch tỉnh.", "Thủ tướng Chính phủ"),
    # numbered for a steering committee he heads: not the Prime Minister's document
    ("Phó Thủ tướng Lê Văn Minh đã ký Quyết định số 15/QĐ-BCĐ ban hành Quy chế hoạt động của Ban Chỉ đạo.", None),
)
# Type names whose symbol may carry another type's code: a Party or Youth Union regulation (Quy
# định) is numbered with "QĐ" like a decision ("Quy định số 232-QĐ/TW", "Quy định số 19-QĐ/TU",
# "Số: QĐ/TWĐTN-BTC" over "QUY ĐỊNH"), though Guidance 36-HD/VPTW gives it "QĐi". Party-style
# symbols only: a State regulation has no number of its own (it goes with the decision issuing it).
ALSO_CODED: dict[str, tuple[str, ...]] = {"QyĐ": ("QĐ",)}
