"""Deadline forms: the words that make a date a deadline, and the qualifier each gives.
Matched on folded text; ``{expr}`` is a date, a day and month, or a month. A date with no such
word ("dịp 15/10/2023", "từ tháng 10/2016 đến tháng 10/2018") is not a deadline.
"""

from __future__ import annotations

import re

# A date expression: "03/3/2023", "20/6", "18 tháng 01 năm 2024", "tháng 4/2023", "tháng 12". Each
# form with its parts named (d, m, y), so that the field reads a matched expression back with the
# same pattern that found it; EXPR is their alternation without the names.
DATE_FORMS = (
    # "03/3/2023", "20/6", "15.6.2024"
    r"(?P<d>\d{1,2})\s?[/.\-]\s?(?P<m>\d{1,2})(?:\s?[/.\-]\s?(?P<y>(?:19|20)\d{2}))?(?![\d/])",
    # "18 tháng 01 năm 2024", "18 tháng 01"
    r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>(?:19|20)\d{2}))?",
    # "tháng 4/2023", "tháng 12", "tháng 3.2014" (a month: always the last form). The press writes a
    # month and its year with a dot ("hoàn thành trước tháng 3.2014"), with no space (a dot and a
    # space end a sentence).
    r"tháng\s+(?P<m>\d{1,2})(?:(?:\s?(?:/|năm)\s?|\.)(?P<y>(?:19|20)\d{2}))?(?![\d/])",
)
DATE_FORM_EXAMPLES = (("03/3/2023", 0), ("20/6", 0), ("18 tháng 01 năm 2024", 1), ("18 tháng 01", 1), ("tháng 4/2023", 2),
                      ("tháng 12", 2), ("tháng 3.2014", 2))
EXPR = "(?:" + "|".join(re.sub(r"\(\?P<\w+>", "(?:", form) for form in DATE_FORMS) + ")"
RECURRENCE = r"(?:\s*,?\s*(?:hàng|hằng|mỗi)\s+năm|\s+(?:của\s+)?năm\s+(?:sau|trước))"

# A day written in digits, with or without its year: "15/6", "15/6/2024".
_DAY = r"\d{1,2}\s?[/.\-]\s?\d{1,2}(?:\s?[/.\-]\s?(?:19|20)\d{2})?"

# A time of day before the date: "chậm nhất là 17 giờ 00 ngày 30/01/2026".
_HOUR = r"(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút\s*)?)?,?\s*)?"

# (name, qualifier, words right before the date expression, what the expression needs):
# "recurrence" - the expression must say "hàng năm"; "bracket" - it must close with ")";
# "end" - the expression must end its sentence; "colon" - a colon must follow it; "month" - it must
# be a month.
# The first form that fits a date wins.
TRIGGERS: tuple[tuple[str, str, str, str | None], ...] = (
    ("by", "by", rf"chậm nhất\s*(?:là\s*|vào\s*|đến\s*|trước\s*|trong\s*)*{_HOUR}(?:ngày\s*)?", None),
    # "không quá ngày 20/4/2024", "muộn nhất ngày ...": other words for "chậm nhất".
    ("no-later", "by", rf"(?:không quá|không muộn hơn|muộn nhất)\s*(?:là\s*|vào\s*|đến\s*)*{_HOUR}(?:ngày\s*)?", None),
    # "Thời gian chậm nhất gửi báo cáo về Ban Thường trực ngày 23/3/2026": what is due in between
    # (up to 16 words: a body's full name, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", fits).
    ("by-of", "by", r"chậm nhất(?:\s+[^\s.;:()]+){1,16}?\s+(?:là\s+|vào\s+|trước\s+)?ngày\s*", None),
    ("deadline", "by", r"(?:hạn chót|hạn cuối|thời hạn(?:\s+(?:hoàn thành|nộp|gửi|đăng ký|báo cáo))?)\s*:?\s*(?:là\s*|vào\s*|đến\s*|trước\s*)*(?:ngày\s*)?", None),
    # "Hạn chót gửi hồ sơ đăng ký là ngày 30/5/2021": what is due stands between the words and the date.
    ("deadline-of", "by", r"(?:hạn chót|hạn cuối|thời hạn)(?:\s+[^\s.;:()]+){1,8}?\s*:?\s*(?:là|vào|trước)\s+(?:ngày\s*)?", None),
    # "Hạn nộp hồ sơ: 15/5/2024", "Thời hạn gửi báo cáo về Sở: trước ngày ...": a colon closes what is due.
    ("deadline-colon", "by", r"(?:hạn chót|hạn cuối|thời hạn|hạn nộp|hạn gửi)(?:\s+[^\s.;:()]+){0,8}?\s*:\s*(?:là\s*|vào\s*|trước\s*)*(?:ngày\s*)?", None),
    ("completed-within", "within", r"(?:hoàn thành|xong|thực hiện xong|kết thúc)\s*:?\s*(?:trong|vào)\s+(?:ngày\s*)?", None),
    ("completion-time", "by", r"(?:thời gian|thời hạn) hoàn thành\s*:?\s*(?:ngày\s*)?", None),
    ("completed-before", "before", rf"trước\s*{_HOUR}(?:ngày\s*)?", None),
    # "... báo cáo cấp có thẩm quyền trong tháng 11 năm 2025.": a time that closes a task's sentence.
    ("within-end", "within", r"trong\s+(?:ngày\s*)?", "end"),
    # A plan's task item closes with its time: "3. Thời gian thực hiện: Tháng 12/2023 và thường
    # xuyên." A month there is the task's limit (a day may be an event's; "Từ ..." is a period).
    ("time-of-task", "within", r"thời gian thực hiện\s*:\s*(?:trong\s+)?", "month"),
    # A schedule line: "- Tháng 7/2023: Lập Hội đồng sơ khảo."
    ("schedule", "by", r"\n[ \t]*(?:[-–+•*][ \t]*)?(?:ngày\s*)?", "colon"),
    # "ngày 01/6 và 15/11 hằng năm": the second day of a yearly pair.
    ("yearly-and", "on", r"ngày\s*\d{1,2}\s?/\s?\d{1,2}\s+và\s*(?:ngày\s*)?", "recurrence"),
    ("yearly-on", "on", r"(?:(?:định kỳ\s*)?vào\s+)?ngày\s*", "recurrence"),
    # "trước ngày 15/6 và 15/12", "chậm nhất ngày 10/5, 20/5": a second date joined to the first shares its words.
    ("before-and", "before", rf"trước\s*(?:ngày\s*)?{_DAY}\s*(?:,|và)\s*(?:ngày\s*)?", None),
    ("by-and", "by", rf"chậm nhất\s*(?:là\s*|vào\s*)?(?:ngày\s*)?{_DAY}\s*(?:,|và)\s*(?:ngày\s*)?", None),
    ("yearly-brackets", "on", r"(?:định kỳ\s*)?(?:hàng|hằng)\s+năm\s*\(\s*(?:ngày\s*)?", "bracket"),
)

# What follows "trước ngày X" when the date bounds who or what a rule covers, not when work is due:
# "các dự án được phê duyệt trước ngày 01/8/2024 thì ...", "nghỉ hưu trước ngày 01/01/2025 được hưởng".
CONDITION_AFTER = r"\s*,?\s*(?:thì|mà|vẫn|được|đã|chưa|có hiệu lực|trở về trước)(?![\wđ])"

# "chậm nhất kể từ ngày X", "chậm nhất từ ngày X": the start of what must be in place, "at the
# latest" making it a time limit, not the start of a period. Matched on the folded text before the date.
LATEST_FROM = r"(?<![\wđ])chậm nhất\s*(?:là\s*)?(?:kể\s*)?từ\s*(?:ngày\s*)?$"

# A news page's dateline, a weekday before the date it was posted ("THỨ BA, 25/02/2020 08:51:00",
# "Thứ Hai, ngày 17/6/2019"): the year of a text that gives no date of its own. Matched on folded
# text, in its first lines.
DATELINE = r"(?:^|\n)[ \t*#|]*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*(?:ngày\s*)?\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?P<y>(?:19|20)\d{2})(?!\d)"

# Work reported as done ("Ban Thường vụ đã tổ chức 03 hội nghị trong tháng 11/2023"): "đã" in the
# clause before the deadline words, with no word of obligation after it, makes the date no limit.
DONE = r"(?<![\wđ])đã(?![\wđ])"
# A word of obligation in the clause also makes "trước ngày X" a limit whatever follows it ("bảo đảm
# hoàn thành trước ngày 30/6/2025, có hiệu lực từ ngày 01/7/2025": the next step, not a condition).
OBLIGATION = r"(?<![\wđ])(?:phải|cần|yêu cầu|đề nghị|chỉ đạo|giao|bảo đảm|đảm bảo)(?![\wđ])"

# A sentence that says the work recurs every year ("Hàng năm, Ban Thường vụ ... báo cáo ... trước
# ngày 31/01"): a day and month in it, with no year, come back every year.
# "Định kỳ 6 tháng (trước ngày 15/6)": a half-yearly report's day comes back every year too.
YEARLY_SENTENCE = r"(?:hàng|hằng|mỗi)\s+năm|định kỳ\s+(?:6|06|sáu)\s+tháng"

# Examples the tests check: (text, date, qualifier, recurrence), with the document's year 2023.
EXAMPLES = (
    ("gửi về Phòng Tổ chức chậm nhất ngày 03/3/2023.", "2023-03-03", "by", None),
    ("gửi về Ban Dân vận thành phố trước ngày 06/3/2023 để tổng hợp", "2023-03-06", "before", None),
    ("Hoàn thành trong tháng 4/2023.", "2023-04", "within", None),
    ("Thời gian đăng ký chậm nhất đến ngày 10/10 hàng năm.", "--10-10", "by", "yearly"),
    ("Trước ngày 01/9 của năm sau, tập thể tự đánh giá", "--09-01", "before", "yearly"),
    ("Định kỳ hàng năm (30/12), cuối nhiệm kỳ báo cáo", "--12-30", "on", "yearly"),
    ("Trước 20/6", "2023-06-20", "before", None),
    ("chậm nhất vào ngày 18 tháng 01 năm 2024", "2024-01-18", "by", None),
    ("Thời gian hoàn thành: 30/6/2023.", "2023-06-30", "by", None),
    ("Thời gian hoàn thành: trong tháng 9/2023.", "2023-09", "within", None),
    ("Hạn chót gửi hồ sơ đăng ký đội tuyển là ngày 30/5/2021.", "2021-05-30", "by", None),
    ("gửi biên bản chậm nhất là 17 giờ 00 ngày 30/01/2024 để tổng hợp", "2024-01-30", "by", None),
    ("Thời gian chậm nhất gửi báo cáo về Ban Thường trực ngày 23/3/2023.", "2023-03-23", "by", None),
    # a body's full name between the words and the date
    ("Thời gian chậm nhất gửi báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ngày 23/3/2023.", "2023-03-23", "by", None),
    ("báo cáo cấp có thẩm quyền những vấn đề vượt thẩm quyền trong tháng 11 năm 2023.", "2023-11", "within", None),
    # its purpose after it
    ("các đơn vị phải trình hồ sơ phê duyệt chủ trương đầu tư trong tháng 3 năm 2023 để triển khai các bước tiếp theo.", "2023-03", "within", None),
    ("\n- Tháng 7/2023: Lập Hội đồng sơ khảo.", "2023-07", "by", None),
    ("hoàn thiện hồ sơ xong trước ngày 10/11 của năm trước", "--11-10", "before", "yearly"),
    ("Hàng năm, Ban Thường vụ báo cáo danh mục mô hình về Trung ương Đoàn trước ngày 31/01.", "--01-31", "before", "yearly"),
    ("Các đơn vị gửi báo cáo về Sở Nội vụ không quá ngày 20/4/2023.", "2023-04-20", "by", None),
    ("Chậm nhất trong tháng 6/2023 phải hoàn thành.", "2023-06", "by", None),
    ("Định kỳ 6 tháng, các chi bộ gửi báo cáo về Đảng ủy trước ngày 15/6.", "--06-15", "before", "yearly"),
    ("Hạn nộp hồ sơ: 15/5/2023.", "2023-05-15", "by", None),
    ("Thời hạn gửi báo cáo về Sở Nội vụ: trước ngày 15/12/2023.", "2023-12-15", "by", None),
    ("Xây dựng báo cáo riêng về kết quả hằng năm, gửi về Trung ương Đoàn trước\nngày 30/11.", "--11-30", "before", "yearly"),
    # the press's month and year
    ("Đại hội cấp huyện sẽ hoàn thành trước tháng 5.2023.", "2023-05", "before", None),
    ("Đại hội các chi bộ hoàn thành trong tháng 3.2023.", "2023-03", "within", None),
    # an obligation before "trước": the clause after it is the next step, not a condition
    ("3. Thời gian thực hiện: Tháng 12/2023 và thường xuyên.", "2023-12", "within", None),
    # months in a list: the limit is the last one
    ("3. Thời gian thực hiện: Tháng 11, 12/2023 và bổ sung hàng năm.", "2023-12", "within", None),
    ("sửa đổi các quy định; bảo đảm hoàn thành trước ngày 30/6/2023, có hiệu lực từ ngày 01/7/2023;", "2023-06-30", "before", None),
    # "at the latest" before the start of what must be in place
    ("Các đơn vị có trách nhiệm cập nhật danh mục vào phần mềm để áp dụng chậm nhất kể từ ngày 01 tháng 9 năm 2023.", "2023-09-01", "by", None),
)
# Not deadlines.
COUNTER_EXAMPLES = (
    "Phong trào thi đua được phát động từ tháng 10/2016 đến tháng 10/2020",
    "gắn với kỷ niệm ngày truyền thống công tác Dân vận của Đảng dịp 15/10/2023",
    "Nghị quyết số 04-NQ/TU ngày 13/7/2022 của Ban Chấp hành Đảng bộ tỉnh",
    "kéo dài thời hạn thực hiện đề án đã được phê duyệt ngày 12/5/2023",
    "Trong tháng 11/2023, Ban Thường vụ đã tổ chức 03 hội nghị",
    "Đối với các dự án được phê duyệt trước ngày 01/8/2023 thì tiếp tục thực hiện theo quy định.",
    "Cán bộ nghỉ hưu trước ngày 01/01/2024 được hưởng chế độ theo quy định.",
    "Ban Thường vụ đã tổ chức 03 hội nghị trong tháng 11/2023",
    "Toàn tỉnh đã hoàn thành việc kiện toàn trước ngày 30/6/2023",
    "3. Thời gian thực hiện: Từ tháng 11/2023 trở đi.",
    "Thời gian thực hiện: tháng 6/2023 - tháng 12/2023.",
    "Thời gian thực hiện: tháng 6/2023 đến tháng 12/2023.",
    "Thời gian thực hiện: ngày 27/10/2023 tại Hội trường tỉnh.",
    "Thời gian trồng cây hằng năm từ ngày 01 tháng 12 năm trước đến ngày 30 tháng 11 năm báo cáo",
)
# A year written, or the recurrence said in another sentence: a date of that year.
NOT_YEARLY_EXAMPLES = (
    ("Hội nghị hằng năm đã được tổ chức. Gửi báo cáo trước ngày 30/11.", "2023-11-30"),
    ("Hàng năm, các đơn vị gửi báo cáo năm 2023 trước ngày 15/12/2023.", "2023-12-15"),
)
