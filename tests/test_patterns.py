"""The pattern tables: every example they carry is read as the table says."""

from __future__ import annotations

import re

import pytest
from hypothesis import example as hypothesis_example
from hypothesis import given, settings
from hypothesis import strategies as st

from plankb.extractors.dates import first_date
from plankb.extractors.fields.deadlines import parse_expr
from plankb.extractors.names import body_end, name_case, starts_with_body
from plankb.extractors.patterns import deadlines as D
from plankb.extractors.patterns import grammar as G
from plankb.extractors.patterns import issuer_codes as IC
from plankb.extractors.patterns import model_areas as MA
from plankb.extractors.patterns import references as RP
from plankb.extractors.patterns.bodies import NOT_BODIES
from plankb.extractors.patterns.doc_types import DOC_TYPES
from plankb.extractors.symbols import find_symbols, normalize_symbol, split_issuer
from plankb.extractors.text import fold
from tests.conftest import extract_text


@pytest.mark.parametrize("doc_type", DOC_TYPES, ids=lambda t: t.code)
def test_doc_type_examples(doc_type, nlp):
    for example in doc_type.examples:
        if not any(ch.isdigit() for ch in example):  # a type name standing alone above a summary
            rec = extract_text(f"Số: 12/XX-UB\n\n{example}\nVề việc thử\n\nNội dung.\n", nlp)
            assert rec.doc_type == doc_type.code, example
        else:  # a citation of a document of this type
            rec = extract_text(f"KẾ HOẠCH\nThử\n\nCăn cứ {example} ngày 01/02/2023 của Ban Thường vụ.\n", nlp)
            assert [r.doc_type for r in rec.references] == [doc_type.code], example


@pytest.mark.parametrize(
    "raw, normalized",
    [
        ("114-KH/ĐUK", "114-KH/ĐUK"),
        ("Số 114 -KH/ĐUK", "114-KH/ĐUK"),
        ("Số: 374 KH/TWĐTNCNĐT", "374-KH/TWĐTN-CNĐT"),  # a body and its department, run together
        ("66KH/TWĐTNĐKTHTN", "66-KH/TWĐTN-ĐKTHTN"),
        ("Số: 7470  CV/TWĐTNBTG", "7470-CV/TWĐTN-BTG"),  # the hyphen lost, two spaces left
        ("Số: 12-HD/BDVTU", "12-HD/BDVTU"),  # a Party department's code stays whole
        ("318/QĐTTg", "318/QĐ-TTg"),  # type and issuer codes run together
        ("15/2020/NĐCP", "15/2020/NĐ-CP"),
        ("02/2023/TTBNV", "02/2023/TT-BNV"),
        ("77/CTrBGDĐTTWĐTN", "77/CTr-BGDĐT-TWĐTN"),  # a joint programme of two known bodies
        ("15 BC/TWĐTN  ĐKTHTN ngày", "15-BC/TWĐTN-ĐKTHTN"),  # the department after a space
        ("298 KH/TWĐTN", "298-KH/TWĐTN"),
        ("21NQ/TW", "21-NQ/TW"),
        ("612aKH/TWĐTNVP", "612a-KH/TWĐTN-VP"),  # a number given a letter
        ("01 /CT - VKSTC", "01/CT-VKSTC"),
        ("04 -CT/TU", "04-CT/TU"),
        ("83/2015/QH 13", "83/2015/QH13"),
        ("62/2025/QHI 5", "62/2025/QH15"),  # OCR reads the 1 as a capital I
        ("41/2024/TT-B\nYT ngày", "41/2024/TT-BYT"),  # cut inside the code at a line end
        ("641/QĐ\nTTg ngày", "641/QĐ-TTg"),  # a line break for the hyphen
        ("86 KH/TWĐTN\nBTG ngày 23/8/2018", "86-KH/TWĐTN-BTG"),
        ("45KH/TWĐTN\n-CNĐT ngày", "45-KH/TWĐTN-CNĐT"),
        ("23/2023/QĐ- -TTg", "23/2023/QĐ-TTg"),
        ("861/QĐ – TTg", "861/QĐ-TTg"),
        ("56/2022/N Đ -CP", "56/2022/NĐ-CP"),  # letters spaced apart by a PDF text layer
        ("11482/TT r-BGTVT", "11482/TTr-BGTVT"),
        ("CHỈ THỊ SỐ 32/CT-TTG NGÀY", "32/CT-TTg"),  # a title in capitals
        ("18/2023/QĐ- -T1g ngày", "18/2023/QĐ-TTg"),  # OCR misreads a letter of a known code
        ("27/CĐ-T'Tg ngày", "27/CĐ-TTg"),
        ("102/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN ngày", "102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN"),  # the slash as printed (ANNOTATION: symbol as on the original)
        ("Số: 318 KHPH/BSGGPTWĐTN", "318-KHPH/BSGGP-TWĐTN"),  # a joint plan (phối hợp): each issuer
        ("220/2015/TTLT-BTC-BNV", "220/2015/TTLT-BTC-BNV"),  # a joint circular (liên tịch)
        ("163/2016/ND-CP", "163/2016/NĐ-CP"),  # typed or read without the Đ
        ("12/QD-UBND", "12/QĐ-UBND"),
        ("03/KH-TA", "03/KH-TA"),
        ("70/2025/NĐ-CP", "70/2025/NĐ-CP"),
        ("368/QĐ-TTg", "368/QĐ-TTg"),
        ("31/2024/QH15", "31/2024/QH15"),
        ("09-QC/ÐUK", "09-QC/ĐUK"),
        ("123/UBND-VX", "123/UBND-VX"),
    ],
)
def test_symbols(raw, normalized):
    assert normalize_symbol(raw) == normalized


@pytest.mark.parametrize(
    "text",
    ["ngày 13/7/2022", "giai đoạn 2021 - 2025", "VH - XH", "Số:      KH/TWĐTN", "2022 2030", "số 12/HĐND", "số 102/2025/NQLT.",
     "12/KH\nTrong năm", "số 5/Bộ Nội vụ"],
)
def test_not_symbols(text):
    assert find_symbols(text) == []


@pytest.mark.parametrize(
    "text, date",
    [("ngày 16/7/20 21", "2021-07-16"), ("ngày 15 tháng 1 1 năm 2022", "2022-11-15"), ("ngày 24 tháng 8 n ă m 2022", "2022-08-24"),
     ("ngày 13/7/20 2022", None)],
)
def test_dates_split_by_a_scan_or_an_export(text, date):
    assert first_date(text) == date


def test_a_symbol_keeps_its_parts():
    (sym,) = find_symbols("theo Quyết định số 15/2020/NĐCP ngày 03/02/2020")
    assert (sym.number, sym.year, sym.type_code, sym.issuers) == ("15", "2020", "NĐ", ("CP",))
    (sym,) = find_symbols("Kế hoạch số 86 KH/TWĐTN\nBTG ngày 23/8/2018")
    assert (sym.number, sym.type_code, sym.issuers, sym.style) == ("86", "KH", ("TWĐTN", "BTG"), "party")


@pytest.mark.parametrize("run, codes", IC.EXAMPLES)
def test_issuer_code_examples(run, codes):
    assert split_issuer(run) == codes


@pytest.mark.parametrize("text, date, qualifier, recurrence", D.EXAMPLES)
def test_deadline_examples(text, date, qualifier, recurrence, nlp):
    rec = extract_text(f"KẾ HOẠCH\nCông tác năm 2023\n\nI. TỔ CHỨC THỰC HIỆN\n1. {text}\n", nlp)
    found = [(d.date, d.qualifier, d.recurrence) for d in rec.deadlines]
    assert found == [(date, qualifier, recurrence)], text


@pytest.mark.parametrize("text", D.COUNTER_EXAMPLES)
def test_deadline_counter_examples(text, nlp):
    rec = extract_text(f"KẾ HOẠCH\nCông tác năm 2023\n\n1. {text}.\n", nlp)
    assert rec.deadlines == []


def test_day_and_month_without_year_needs_the_documents_year():
    assert parse_expr("20/6", None, False) == (None, "day")
    assert parse_expr("20/6", 2024, False) == ("2024-06-20", "day")
    assert parse_expr("31/2", 2024, False)[0] is None  # no such day
    assert parse_expr("29/2", None, True) == ("--02-29", "day")


@pytest.mark.parametrize("text, areas", MA.EXAMPLES)
def test_model_area_examples(text, areas, nlp):
    rec = extract_text(f"KẾ HOẠCH\nPhong trào thi đua “Dân vận khéo”\n\n{text}\n", nlp)
    assert {a.area for a in rec.model_areas} == areas


def test_model_areas_need_the_movement(nlp):
    rec = extract_text("KẾ HOẠCH\nCông tác năm 2023\n\nPhát triển trên các lĩnh vực: kinh tế, quốc phòng.\n", nlp)
    assert rec.model_areas == []


@pytest.mark.parametrize("sentence, relation", RP.EXAMPLES)
def test_relation_examples(sentence, relation, nlp):
    rec = extract_text(f"KẾ HOẠCH\nThử\n\n{sentence}.\n", nlp)
    assert [r.relation for r in rec.references] == [relation]


@pytest.mark.parametrize("sentence, subject", RP.SUBJECT_EXAMPLES)
def test_a_cited_subject_ends_where_the_sentence_goes_on(sentence, subject, nlp):
    rec = extract_text(f"KẾ HOẠCH\nThử\n\n{sentence}\n", nlp)
    assert rec.references[0].subject == subject


@pytest.mark.parametrize(
    "upper, written",
    [
        ("TÒA ÁN NHÂN DÂN TỈNH CÀ MAU", "Tòa án nhân dân tỉnh Cà Mau"),
        ("BAN THƯỜNG VỤ HUYỆN ỦY", "Ban Thường vụ Huyện ủy"),
        ("SỞ TƯ PHÁP", "Sở Tư pháp"),
        ("ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "Ủy ban nhân dân tỉnh Bến Tre"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương"),
    ],
)
def test_name_case(upper, written):
    assert name_case(upper) == written


@pytest.mark.parametrize(
    "text, body",
    [
        ("Ban Tuyên giáo Đảng ủy Khối chủ trì, phối hợp", "Ban Tuyên giáo Đảng ủy Khối"),
        ("Ban chỉ đạo Phong trào thi đua “Dân vận khéo” các cấp bám sát nhiệm vụ", "Ban chỉ đạo Phong trào thi đua “Dân vận khéo” các cấp"),
        ("Các phòng, ban, ngành, các tổ chức chính trị - xã hội thành phố trên cơ sở", "Các phòng, ban, ngành, các tổ chức chính trị - xã hội thành phố"),
        ("Phòng Tổ chức cán bộ, Thanh tra và Thi đua khen thưởng TAND tỉnh tổng hợp", "Phòng Tổ chức cán bộ, Thanh tra và Thi đua khen thưởng TAND tỉnh"),
        ("Ban Bí thư Trung ương Đoàn và cơ bản đã", "Ban Bí thư Trung ương Đoàn"),
        ("Ban Tổ chức không chịu trách nhiệm", "Ban Tổ chức"),
        ("Sở Xây dựng chủ trì thẩm định", "Sở Xây dựng"),
        ("Trung tâm Thông tin và Tư vấn triển khai", "Trung tâm Thông tin và Tư vấn"),
        ("Sở Tư pháp xây dựng kế hoạch", "Sở Tư pháp"),
    ],
)
def test_body_names_end_before_the_task(text, body):
    assert starts_with_body(text)
    assert text[: body_end(fold(text), 0, len(text), text)].strip() == body


@pytest.mark.parametrize("text", ["Ban hành Kế hoạch", "Báo cáo kết quả", "đoàn viên, thanh niên", "Tham mưu Lãnh đạo"])
def test_not_bodies(text):
    assert not starts_with_body(text)


@pytest.mark.parametrize("words", NOT_BODIES)
def test_not_bodies_table_in_capitals_and_title_case(words):
    # A header line in capitals ("BÁO CÁO TÓM TẮT", "BỘ TIÊU CHÍ ĐÁNH GIÁ") is no issuer.
    for written in (f"{words} Tóm tắt", f"{words} tóm tắt".upper(), f"{words.title()} Đánh Giá"):
        assert not starts_with_body(written), written
    assert starts_with_body("BỘ TƯ PHÁP") and starts_with_body("BÁO SÀI GÒN GIẢI PHÓNG") and starts_with_body("Hội Nông dân tỉnh")


def test_every_deadline_form_holds_a_trigger_word():
    # extractors/fields/deadlines.py skips the regexes when none of these words stands before a date
    from plankb.extractors.fields.deadlines import _TRIGGER_WORDS
    from plankb.extractors.text import fold

    for name, _qualifier, pattern, needs in D.TRIGGERS:
        if needs in ("recurrence", "colon"):
            continue  # "ngày 10/10 hàng năm", "Tháng 7/2023: ...": the recurrence or the colon lets it through
        assert any(w in fold(pattern) for w in _TRIGGER_WORDS), name
    for text, _date, _qualifier, recurrence in D.EXAMPLES:
        assert recurrence or ":" in text or any(w in fold(text) for w in _TRIGGER_WORDS), text


# Pieces of date expressions and of the text around them, so random strings hold many near misses.
_DATE_PIECES = ["1", "12", "2023", "/", ".", "-", " ", "\n", "tháng ", "tháng 4", " năm ", "hàng năm", "03/3/2023", "20/6", "t", "a"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=20))
@hypothesis_example(["trước ", "tháng 4", "/", "2023"]).via("a month")
@hypothesis_example(["1", "12", "/", "1", "2023"]).via("a day inside a longer number")
def test_date_expressions_found_as_the_plain_scan_finds_them(pieces):
    # deadlines.date_expressions tries the pattern only where one may start; it must miss nothing.
    from plankb.extractors.fields.deadlines import _EXPRESSION, date_expressions

    text = "".join(pieces)
    assert [m.span() for m in date_expressions(text)] == [m.span() for m in _EXPRESSION.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abđ ơ", min_size=1, max_size=5), min_size=1, max_size=12),
    st.text(alphabet="abđ ơx", max_size=40),
)
def test_word_alternation_matches_as_the_longest_first_alternation(words, text):
    import re

    from plankb.extractors.regexes import alternation

    plain = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + r")(?![\wđ])")
    trie = re.compile("(?:" + alternation(words) + r")(?![\wđ])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for word in words:
        assert trie.fullmatch(word) or not plain.fullmatch(word)


@pytest.mark.parametrize(
    "name, clean",
    [
        ("Nhà Xuất bản Kim Đồng, 55 Quang Trung, quận Hai Bà Trưng, Hà Nội", "Nhà Xuất bản Kim Đồng"),
        ("Trung tâm Thông tin Nguồn lực Tình nguyện Việt Nam, ĐT: 024 3333", "Trung tâm Thông tin Nguồn lực Tình nguyện Việt Nam"),
        ("Sở Tư pháp, Sở Nội vụ;", "Sở Tư pháp, Sở Nội vụ"),
    ],
)
def test_a_body_name_stops_before_an_address_or_telephone(name, clean):
    from plankb.extractors.names import clean_body

    assert clean_body(name) == clean


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("kế hoạch phối hợp số 05", "kế hoạch phối hợp", "KH"),  # the longest name first
        ("thông tư liên tịch số 220", "thông tư liên tịch", "TT"),
        ("nghị quyết về", "nghị quyết", "NQ"),
        ("quy định số 132", "quy định", "QyĐ"),
    ],
)
def test_type_names_built_once(text, name, code):
    import re

    from plankb.extractors.patterns.doc_types import CODE_OF_NAME, TYPE_NAME_ALT, TYPE_NAMES

    m = re.match(TYPE_NAME_ALT, text)
    assert m and m.group(0) == name
    assert CODE_OF_NAME[name] == code
    assert [n for n, _ in TYPE_NAMES] == sorted((n for n, _ in TYPE_NAMES), key=len, reverse=True)
    assert {fold(n) for t in DOC_TYPES for n in t.names} == set(CODE_OF_NAME)


@pytest.mark.parametrize("example", G.AUTHORITY_EXAMPLES)
def test_authority_examples(example):
    from plankb.extractors.layout import is_signature_title

    m = G.AUTHORITY_LINE.match(fold(example))  # the signature reads folded text, the layout the line as printed
    assert m and G.authority_label(m["a"]) in G.AUTHORITIES.values() and m["rest"], example
    assert G.AUTHORITY_LINE.match(example)["rest"] == example[m.start("rest") :]
    assert is_signature_title(example), example


def test_authority_labels():
    forms = ("tm.", "TM", "t/m", "kt.", "KT", "tl.", "tuq.", "q.")
    assert [G.authority_label(f) for f in forms] == ["T/M", "T/M", "T/M", "K/T", "K/T", "T/L", "TUQ", "Q."]


@pytest.mark.parametrize("example", G.ITEM_MARKER_EXAMPLES)
def test_item_marker_examples(example):
    import re

    m = re.match(rf"{G.ITEM_MARKER}\s+", example)
    assert m and example[m.end() :][:1].isupper(), example


@pytest.mark.parametrize(
    "line, kind, marker",
    [
        ("II. NHIỆM VỤ", "roman", "II"),
        ("2.1. Tuyên truyền", "arabic", "2.1"),
        ("1.2.3 Kiểm tra", "arabic", "1.2.3"),
        ("a) Ủy ban nhân dân các xã", "letter", "a"),
        ("Chương II. QUY ĐỊNH CHUNG", "chapter", "Chương II"),
        ("Điều 3. Hiệu lực", "article", "Điều 3"),
        ("Năm 2024 tập trung", "", None),  # a word, not a marker
    ],
)
def test_outline_markers(line, kind, marker):
    from plankb.extractors.layout import _marker

    found, m = _marker(line)
    assert found == kind
    assert (m.group("m") if m else None) == marker


@pytest.mark.parametrize("row", ["II. NHIỆM VỤ", "2.1. Tuyên truyền", "a. Các xã", "- Như trên;", "Điều 5 Tổ chức", "KT. CHỦ TỊCH", "Nơi nhận:"])
def test_pdf_rows_read_the_same_markers(row):
    from plankb.extractors.readers.positioned import _CLOSING, _MARKER

    assert _MARKER.match(row) or _CLOSING.search(row), row


def test_grounds_openers():
    for line in ("Căn cứ Luật Tổ chức chính quyền địa phương;", "Xét đề nghị của Giám đốc Sở Nội vụ,", "Theo đề nghị của Chánh Văn phòng,"):
        assert fold(line).startswith(G.GROUNDS_OPENERS), line
    assert not fold("Thực hiện Kế hoạch số 12").startswith(G.GROUNDS_OPENERS)


@pytest.mark.parametrize("place", G.PLACE_EXAMPLES)
def test_place_examples(place):
    import re

    assert re.fullmatch(G.PLACE, place), place


@pytest.mark.parametrize("line", G.PLACE_DATE_EXAMPLES)
def test_place_date_examples(line):
    m = G.PLACE_DATE.match(line)
    assert m and line.startswith(m["place"]) and m.end() == len(line), line
    assert not G.PLACE_DATE.search("Thứ Hai, ngày 17 tháng 6 năm 2019")  # a web page's dateline


def test_place_date_wrapped_over_lines():
    from plankb.extractors.fields.identity import wrapped_place_date

    text = "Đắk R'Lấp, ngày 05 tháng\n3 năm 2024\n"
    m = wrapped_place_date(text, 0, len(text))
    assert m and m["place"] == "Đắk R'Lấp" and (m["d"], m["m"], m["y"]) == ("05", "3", "2024")


@pytest.mark.parametrize("ones, token, digits", G.DIGIT_LOOKALIKE_EXAMPLES)
def test_digit_lookalikes_are_read_as_ones(ones, token, digits):
    assert G.read_ones(token, ones, G.NOUGHTS_IN_DATE) == digits


def test_digit_lookalike_sets_nest_narrowest_first():
    # a looser set holds every look-alike of a narrower one; the narrowest keeps letters that stand
    # for themselves in codes ("t", "L", "J") out
    assert set(G.ONES_IN_TERM) < set(G.ONES_IN_CODE) < set(G.ONES_IN_DATE)
    assert not set("tLJ") & set(G.ONES_IN_CODE)
    assert G.read_ones("0L", G.ONES_IN_DATE, G.NOUGHTS_IN_DATE) == "01"


@pytest.mark.parametrize("text, form", D.DATE_FORM_EXAMPLES)
def test_date_forms_read_back_what_expr_finds(text, form):
    # EXPR finds the expression, exactly one named form reads it back, with its year or the one given
    assert re.fullmatch(D.EXPR, text)
    assert [i for i, f in enumerate(D.DATE_FORMS) if re.fullmatch(f, text)] == [form]
    value, precision = parse_expr(text, 2025, False)
    assert precision == ("month" if form == len(D.DATE_FORMS) - 1 else "day")
    year = re.search(r"(?:19|20)\d{2}", text)
    assert value is not None and value.startswith(year[0] if year else "2025")


def test_spaced_alternation_matches_names_wrapped_and_padded():
    """A name from a word list still matches where a text wraps it or pads its comma."""
    import re

    from plankb.extractors.regexes import alternation, spaced

    pattern = re.compile(spaced(alternation(["tham mưu, giúp việc", "tham mưu giúp việc"])))
    assert pattern.fullmatch("tham mưu ,  giúp\nviệc")
    assert pattern.fullmatch("tham  mưu giúp việc")
    assert not pattern.fullmatch("tham mưugiúp việc")
