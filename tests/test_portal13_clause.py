"""The term a body names itself by ("khoá VIII, nhiệm kỳ 2019 – 2024") between its name and the verb
of issue is not part of the name, and its comma does not end the clause's subject (made-up text)."""

import pytest

from plankb.extractors.patterns import identity as P
from tests.conftest import extract_text


@pytest.mark.parametrize("text, name", P.BODY_TERM_EXAMPLES)
def test_body_term_examples(text, name):
    assert text[: P.BODY_TERM.search(text).start()] == name


PAGE = (
    "CHƯƠNG TRÌNH\nHoạt động toàn khoá của Ủy ban MTTQ Việt Nam tỉnh Nam An khóa IX, nhiệm kỳ 2024 - 2029\n"
    "-----\n"
    "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;\n"
    "Ủy ban MTTQ Việt Nam tỉnh Nam An khoá IX, nhiệm kỳ 2024 – 2029 xây dựng chương trình hoạt động toàn khóa, cụ thể như sau:\n"
    "I. MỤC TIÊU\n1. Tuyên truyền, vận động Nhân dân.\n"
)


def test_issuing_clause_with_a_term(nlp):
    rec = extract_text(PAGE, nlp)
    assert rec.issuer is not None and rec.issuer.name == "Ủy ban MTTQ Việt Nam tỉnh Nam An"


def test_a_term_alone_is_no_issuer(nlp):
    # the subject is only a term: nothing before it names a body
    rec = extract_text(PAGE.replace("Ủy ban MTTQ Việt Nam tỉnh Nam An khoá IX, nhiệm kỳ", "Trong nhiệm kỳ"), nlp)
    assert rec.issuer is None or "nhiệm kỳ" not in rec.issuer.name
