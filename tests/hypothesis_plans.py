"""What the hypothesis tests share (tests/test_hypothesis_*.py): pieces of plans to draw text
from, and the checks every record must pass whatever its input: schema-valid, every span inside
the text and slicing back to the value it was read from, and a size linear in the input."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from hypothesis import strategies as st

# --- pieces of plans, by the component that reads them ------------------------------------------

HEADER = [
    "ĐẢNG BỘ TỈNH CÀ MAU", "TỈNH ỦY BẾN TRE", "ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU", "HUYỆN ỦY GIỒNG TRÔM", "BAN DÂN VẬN",
    "ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "*", "---",
    "Số: 12/KH-UBND", "Số 114-KH/ĐUK", "Số:      -KH/HU", "Cà Mau, ngày 5 tháng 3 năm 2023", "ngày 27 tháng 02 năm 2023",
    "KẾ HOẠCH", "NGHỊ QUYẾT", "CHỈ THỊ", "QUYẾT ĐỊNH", "Thực hiện công tác Dân vận khéo năm 2023", "V/v triển khai",
    "Kính gửi:", "TRÍCH YẾU", "Ngày ban hành: 05/3/2023", "Cơ quan ban hành: UBND tỉnh",
]  # fmt: skip
SYMBOLS = [
    "Nghị quyết số 04-NQ/TU ngày 13/7/2022", "Kế hoạch số 96-KH/BCSD", "Nghị định 30/2020/NĐ-CP", "Quyết định số 1234/QĐ-UBND",
    "Chỉ thị 05-CT/TW", "Hướng dẫn 36-HD/VPTW", "Quy định 66-QĐ/TW", "Luật số 63/2020/QH14", "số 12/KH-UBND", "04-NQ/TU",
    "96-KH/BCSD", "/", "-", "NQ", "KH", "TU", "TW", "UBND", "ĐUK", "30/2020/NĐ", "số", "ngày", "của", "về việc",
    "Công văn số 1234/UBND-VX", "Thông báo kết luận số 15-TB/TU",
]  # fmt: skip
DATES = [
    "1", "12", "31", "2023", "02", "/", ".", "-", " ", "tháng ", "tháng 4", " năm ", "năm 2024", "hàng năm", "hằng năm",
    "03/3/2023", "20/6", "29/02/2023", "31/4/2023", "ngày ", "trước ngày ", "chậm nhất ngày ", "hoàn thành trong tháng ",
    "quý II/2023", "6 tháng đầu năm", "trong vòng 30 ngày", "Tháng 7/2023:", "từ ngày 1/1/2023 đến ngày 31/12/2025",
]  # fmt: skip
TASKS = [
    "Giao", "giao", "đề nghị", "chủ trì", "phối hợp với", "tham mưu", "theo dõi, đôn đốc", "chịu trách nhiệm", "thực hiện",
    "Sở Nội vụ", "Ban Tuyên giáo Tỉnh ủy", "Ủy ban nhân dân tỉnh", "UBND các huyện, thành phố", "các sở, ban, ngành",
    "Mặt trận Tổ quốc và các đoàn thể", "Văn phòng Tỉnh ủy", "Đảng ủy Khối", "Phòng 17", "tổ chức quán triệt",
    "báo cáo kết quả", "xây dựng kế hoạch", ",", ";", ".", ":", "\n", "- ", "+ ", "a)", "1.", "2.1.", "Điều 1.",
]  # fmt: skip
NAMES = [
    "Nguyễn Văn A", "NGUYỄN THỊ BÌNH", "Trần Văn Ba", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
    "(Đã ký)", "Nơi nhận:", "- Như trên;", "- Ban Dân vận Tỉnh ủy (báo cáo);", "- Lưu VT.", "K/T", "Phó Bí thư Thường trực",
    "Ban Tổ chức Huyện ủy", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Lê Thị Hồng Gấm", "Hồ Chí Minh",
]  # fmt: skip
SECTIONS = [
    "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "1. Công tác tuyên truyền", "1.1. Đối tượng",
    "a) Cấp tỉnh", "Điều 2.", "Phần thứ nhất", "**II. NHIỆM VỤ**", "### 2. Giải pháp", "\n\n", "\n",
    "Lĩnh vực kinh tế", "văn hóa - xã hội", "quốc phòng, an ninh", "xây dựng hệ thống chính trị", "mô hình Dân vận khéo",
]  # fmt: skip
DAMAGE = [
    "**", "\\*", "### ", "| a | b |\n", "|---|---|\n", "\r\n", "\u00a0", "\t", "  ", "Ð", "ủy", "uỷ", "hoà", "thiết\n\n",
    "thực, ", "08/8/ 2022 ", "\u200b", "\ufeff", "o\u0302", "e\u0301", "\x0c", "…", "“", "”", "(", ")", "[", "]", "ＡＢ",
]  # fmt: skip
WORDS = "phong trào thi đua dân vận khéo được triển khai sâu rộng trong toàn tỉnh gắn với việc học tập và làm theo".split()
EVERYTHING = HEADER + SYMBOLS + DATES + TASKS + NAMES + SECTIONS + DAMAGE + WORDS


# Clauses as plans write them, from the same pieces: the findings a text of single pieces
# rarely forms (a body, its role and its deadline next to each other).
_BODIES = ["Sở Nội vụ", "Ban Tuyên giáo Tỉnh ủy", "Ủy ban nhân dân tỉnh", "UBND các huyện, thành phố", "các sở, ban, ngành",
           "Mặt trận Tổ quốc và các đoàn thể", "Văn phòng Tỉnh ủy", "Đảng ủy Khối", "Phòng 17", "Ban Dân vận Huyện ủy"]  # fmt: skip
_CLAUSES = [
    st.builds("{} {} {} {} {}".format, st.sampled_from(["Giao", "Đề nghị", "-", "1.", "a)"]), st.sampled_from(_BODIES),
              st.sampled_from(["chủ trì", "phối hợp với " + _BODIES[0], "tham mưu", "theo dõi, đôn đốc", "thực hiện"]),
              st.sampled_from(["tổ chức quán triệt", "báo cáo kết quả", "xây dựng kế hoạch", ""]),
              st.sampled_from(["trước ngày 30/6/2023", "chậm nhất ngày 03/3/2023", "trong tháng 4/2023", "hằng năm", ""])),
    st.builds("{} {} {} của {} về {}".format, st.sampled_from(["Căn cứ", "Thực hiện", "Theo", "và"]), st.sampled_from(SYMBOLS[:10]),
              st.sampled_from(["ngày 13/7/2022", "ngày 5 tháng 3 năm 2023", ""]), st.sampled_from(_BODIES),
              st.sampled_from(WORDS)),
    st.sampled_from(HEADER + SECTIONS + NAMES),
    st.sampled_from(DAMAGE + DATES),
]  # fmt: skip
CLAUSE = st.one_of(*_CLAUSES)


def text_of(pieces: list[str], joiners: list[str] | None = None) -> str:
    """The pieces joined by the joiners drawn with them (a space by default)."""
    if not joiners:
        return " ".join(pieces)
    return "".join(p + joiners[i % len(joiners)] for i, p in enumerate(pieces))


def plan_text(pieces, max_size: int = 80):
    """Text drawn from ``pieces``, joined by spaces, newlines or nothing."""
    return st.builds(
        text_of,
        st.lists(st.sampled_from(pieces), min_size=1, max_size=max_size),
        st.lists(st.sampled_from([" ", " ", " ", "\n", "\n\n", "", ", "]), min_size=1, max_size=8),
    )


# --- what every record must satisfy -------------------------------------------------------------

# A day, a month, a day every year, and a month every year ("trong tháng 1 hàng năm": --01, the
# form deadlines.parse_expr writes, which schema/CONTRACT.md does not list).
_DATE_FORMS = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2}|--\d{2}")


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    from plankb.schema.jsonschema import record_schema

    return Draft202012Validator(record_schema())


def extract(text: str, name: str = "gen.txt") -> tuple[dict, str]:
    """The record of ``text`` read as a .txt file, and the normalized text its offsets point into."""
    import hashlib

    from plankb.extractors.extract import extract_with_text
    from plankb.extractors.source import Source

    source = Source(name, "txt", hashlib.sha256(text.encode()).hexdigest(), text)
    record, normalized = extract_with_text(source)
    return record.to_dict(), normalized


def valid_date(value: str | None) -> bool:
    import datetime

    if value is None:
        return True
    if not _DATE_FORMS.fullmatch(value):
        return False
    if value.startswith("--"):
        value = "2000" + value[1:]  # a leap year: 29/02 recurs
    if len(value) == 7:
        value += "-01"
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_record(record: dict, text: str, source_size: int) -> None:
    """Schema-valid; every span inside ``text`` and slicing back to its value; dates real dates;
    size linear in the input (``source_size`` characters)."""
    from plankb.extractors.text import squash

    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator().iter_errors(record)]
    assert not errors, errors

    def inside(item: dict, what: str) -> str:
        assert 0 <= item["start"] <= item["end"] <= len(text), (what, item, len(text))
        return squash(text[item["start"] : item["end"]])

    for ref in record["references"]:
        assert inside(ref, "reference") == ref["text"], ref
    for d in record["deadlines"]:
        assert inside(d, "deadline") == d["text"], d
        assert valid_date(d["date"]), d
    for a in record["assignments"]:
        assert inside(a, "assignment") == a["body"], a
        assert valid_date(a["deadline"]), a
    for s in record["sections"]:
        inside(s, "section")
    for name, span in (record.get("spans") or {}).items():
        assert inside(span, name), (name, span)
    assert valid_date(record["date"]), record["date"]
    size = len(json.dumps(record, ensure_ascii=False))
    assert size < 80 * source_size + 20_000, (size, source_size)
