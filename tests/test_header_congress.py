"""A congress's resolution published without its header: the congress its title names issued it."""

import pytest
from conftest import extract_text

from plankb.extractors.patterns.identity import CONGRESS_EXAMPLES, CONGRESS_TITLE


@pytest.mark.parametrize(("title", "name"), CONGRESS_EXAMPLES)
def test_the_congress_title_examples(title, name):
    m = CONGRESS_TITLE.match(title)
    assert (m["name"] if m else None) == name


def test_a_web_copy_of_a_congress_resolution_names_the_congress_as_its_issuer(nlp):
    text = (
        "Thứ Hai, 12/10/2026, 08:00 (GMT+7)\n\n"
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình Định lần thứ XXI\n\n"
        "Báo điện tử trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030.\n\n"
        "QUYẾT NGHỊ\n\nI- Tán thành những nội dung cơ bản của Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XX.\n"
    )
    rec = extract_text(text, nlp)
    if rec.doc_type != "NQ" or rec.title != "Đại hội đại biểu Đảng bộ tỉnh Bình Định lần thứ XXI":
        pytest.fail(f"the page title is read otherwise: {rec.doc_type} {rec.title!r}")
    assert rec.issuer.name == "Đại hội đại biểu Đảng bộ tỉnh Bình Định lần thứ XXI" and rec.issuer.evidence == "title"
    span = rec.spans["issuer"]
    assert text[span.start : span.end] == rec.issuer.name
