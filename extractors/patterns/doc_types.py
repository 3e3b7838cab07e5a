"""Document types: the name printed above the summary, its code in symbols, and how citations
write it. From Decree 30/2020/NĐ-CP (Appendix III) for State bodies and Guidance 36-HD/VPTW
for Party bodies; the examples are checked by tests/test_patterns.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plankb.extractors.regexes import alternation
from plankb.extractors.text import fold


@dataclass(frozen=True)
class DocType:
    code: str  # as the symbol writes it: "KH" in 114-KH/ĐUK and 03/KH-TA
    names: tuple[str, ...]  # as the text writes it, in any case: "Kế hoạch"
    abbreviations: tuple[str, ...] = ()  # short forms in citations: "NQ 52-NQ/TW"
    examples: tuple[str, ...] = ()  # phrases that must be read as this type


DOC_TYPES: tuple[DocType, ...] = (
    DocType("KH", ("Kế hoạch", "Kế hoạch phối hợp", "Kế hoạch liên tịch"), ("KH", "KHPH", "KHLT"), ("KẾ HOẠCH", "Kế hoạch số 42-KH/BDVTU", "Kế hoạch số 318 KHPH/BSGGPTWĐTN")),
    DocType("NQ", ("Nghị quyết", "Nghị quyết liên tịch"), ("NQ", "NQLT"), ("NGHỊ QUYẾT", "NQ 52-NQ/TW", "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN")),
    DocType("CT", ("Chỉ thị",), ("CT",), ("CHỈ THỊ", "Chỉ thị 05-CT/TW")),
    DocType("KL", ("Kết luận",), ("KL",), ("KẾT LUẬN", "Kết luận số 43-KL/TW")),
    DocType("QĐ", ("Quyết định",), ("QĐ",), ("QUYẾT ĐỊNH", "Quyết định số 368/QĐ-TTg")),
    # The code of a Quy định is QyĐ (ANNOTATION.md's list); Party symbols write it "QĐi" (132-QĐi/TW).
    DocType("QyĐ", ("Quy định",), ("QĐi", "QyĐ"), ("QUY ĐỊNH", "Quy định số 132-QĐi/TW")),
    # Guidance 36 codes a programme "CTr"; Party committees also write an action programme "CTHĐ".
    DocType("CTr", ("Chương trình", "Chương trình hành động", "Chương trình phối hợp"), ("CTr", "CTrPH", "CTHĐ"), ("CHƯƠNG TRÌNH", "Chương trình số 36-CTr/TU", "Chương trình phối hợp số 05-CTrPH/BDVTU-UBMTTQ", "Chương trình hành động số 21-CTHĐ/TU")),
    DocType("HD", ("Hướng dẫn", "Hướng dẫn liên tịch"), ("HD", "HDLT"), ("HƯỚNG DẪN", "Hướng dẫn số 01-HD/BDVTU", "Hướng dẫn liên tịch số 02-HDLT/BTG-BDV")),
    DocType("QC", ("Quy chế", "Quy chế phối hợp"), ("QC", "QCPH"), ("QUY CHẾ", "Quy chế số 09-QC/ĐUK", "Quy chế phối hợp số 01-QCPH/ĐUK-UBND")),
    DocType("TB", ("Thông báo", "Thông báo kết luận"), ("TB",), ("THÔNG BÁO", "Thông báo số 12-TB/TU")),
    DocType("BC", ("Báo cáo",), ("BC",), ("BÁO CÁO", "Báo cáo số 150-BC/TU")),
    DocType("CV", ("Công văn",), ("CV",), ("Công văn số 125-CV/TU",)),
    DocType("TTr", ("Tờ trình",), ("TTr",), ("TỜ TRÌNH",)),
    DocType("TT", ("Thông tư", "Thông tri", "Thông tư liên tịch"), ("TT", "TTLT"), ("THÔNG TƯ", "Thông tư số 01/2011/TT-BNV", "Thông tư liên tịch số 220/2015/TTLT-BTC-BNV")),
    DocType("NĐ", ("Nghị định",), ("NĐ",), ("NGHỊ ĐỊNH", "Nghị định số 30/2020/NĐ-CP")),
    DocType("L", ("Luật", "Bộ luật"), (), ("LUẬT", "Luật Đất đai số 31/2024/QH15")),
    DocType("PL", ("Pháp lệnh",), ("PL",), ("PHÁP LỆNH",)),
    DocType("ĐA", ("Đề án",), ("ĐA",), ("ĐỀ ÁN", "Đề án số 08-ĐA/TU")),
    DocType("DA", ("Dự án",), ("DA",), ("DỰ ÁN",)),
    DocType("PA", ("Phương án",), ("PA",), ("PHƯƠNG ÁN",)),
    DocType("CĐ", ("Công điện",), ("CĐ",), ("CÔNG ĐIỆN",)),
    # A propaganda outline: the Party's tuyên giáo boards and the mass organisations issue one under
    # a header of their own, its type name above its subject ("ĐỀ CƯƠNG TUYÊN TRUYỀN" / "KẾT QUẢ ĐẠI
    # HỘI ..."); ANNOTATION.md's list has no code for it, so the code is only this table's.
    DocType("ĐC", ("Đề cương", "Đề cương tuyên truyền"), (), ("ĐỀ CƯƠNG", "ĐỀ CƯƠNG TUYÊN TRUYỀN")),
    # the Government Office's press release is "Thông cáo báo chí": one name, its subject after it
    DocType("TC", ("Thông cáo", "Thông cáo báo chí"), (), ("THÔNG CÁO", "THÔNG CÁO BÁO CHÍ")),
    DocType("BB", ("Biên bản",), ("BB",), ("BIÊN BẢN",)),
    DocType("GM", ("Giấy mời",), ("GM",), ("GIẤY MỜI",)),
    DocType("ĐL", ("Điều lệ",), ("ĐL",), ("ĐIỀU LỆ",)),
    DocType("TL", ("Thể lệ",), ("TL",), ("THỂ LỆ",)),
    DocType("HĐ", ("Hợp đồng",), ("HĐ",), ("HỢP ĐỒNG",)),
    # A consolidated text (Ordinance 01/2012/UBTVQH13): it reprints the consolidated document's
    # type and summary, and carries its own number, date and signer in the closing block
    # "XÁC THỰC VĂN BẢN HỢP NHẤT" (see extractors/fields/consolidated.py).
    DocType("VBHN", ("Văn bản hợp nhất",), ("VBHN",), ("VĂN BẢN HỢP NHẤT", "Văn bản hợp nhất số 04/VBHN-NHNN")),
)

BY_CODE = {t.code: t for t in DOC_TYPES}

# --- derived once, for every matcher ---------------------------------------------------------------
# Every module that reads a type name (the layout's type line, the header's "ban hành Kế hoạch",
# announcements, citations, OCR repairs) matches against these, never a list of its own.

# The names folded (lowercase, one tone placement), longest first, with their codes: "kế hoạch
# phối hợp" (KH) is tried before "kế hoạch" (KH), "thông tư liên tịch" (TT) before "thông tư".
TYPE_NAMES: tuple[tuple[str, str], ...] = tuple(sorted(((fold(n), t.code) for t in DOC_TYPES for n in t.names), key=lambda x: -len(x[0])))
CODE_OF_NAME: dict[str, str] = dict(TYPE_NAMES)  # "quyết định" -> "QĐ"
# A pattern (no groups) matching any folded name, the longest first: "kế hoạch liên tịch", "nghị quyết".
TYPE_NAME_ALT = alternation(name for name, _ in TYPE_NAMES)
# Short forms in citations, folded: "nq" (NQ 52-NQ/TW), "khph", "ttlt".
CODE_OF_ABBREVIATION: dict[str, str] = {a.lower(): t.code for t in DOC_TYPES for a in t.abbreviations}
# The codes a symbol writes for its type, as written ("KH", "CTr", "QĐi", "KHPH"), longest first.
TYPE_CODES: list[str] = sorted({t.code for t in DOC_TYPES} | {a for t in DOC_TYPES for a in t.abbreviations}, key=len, reverse=True)

# A notice copied without its header (a portal that posts the body under its own title): the
# body speaks in the notice's own formulas, opening "<body> thông báo <what> như sau:" or closing
# "<body> thông báo để <who> biết (và) thực hiện" or "<body> thông báo đến <who> biết" (Decree
# 30/2020's closing of a notice names whom after "để", "cho", "đến" or "tới"). A text with no type
# line and no number that does so is a Thông báo (TB); folded text.
NOTICE_CLAUSE = re.compile(
    r"(?<![\wđ])thông báo(?![\wđ])(?:[^.;:\n]{0,200}?(?<![\wđ])như sau\s*:|\s+(?:để|cho|đến|tới)\s[^.;\n]{0,160}?(?<![\wđ])biết(?![\wđ]))"
)
NOTICE_CLAUSE_EXAMPLES: tuple[tuple[str, bool], ...] = (
    ("Ủy ban nhân dân phường Hòa Bình thông báo lịch tiếp công dân quý I năm 2026 như sau:", True),
    ("Với nội dung trên, Ban Chỉ huy Quân sự xã thông báo để các thôn biết và thực hiện./.", True),
    ("Văn phòng UBND tỉnh thông báo đến quý cơ quan, đơn vị, tổ chức và công dân biết và mong được thông cảm.", True),
    ("UBND xã trân trọng thông báo và kính mời toàn thể Nhân dân đến dự Hội nghị.", False),
    ("Ủy ban nhân dân xã báo cáo kết quả thực hiện như sau:", False),
)
