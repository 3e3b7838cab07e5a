"""Type codes practice writes beside Guidance 36's: a Party action programme coded "CTHĐ"."""

from __future__ import annotations

from tests.conftest import extract_text


def test_an_action_programme_coded_cthd_is_cited(nlp):
    record = extract_text(
        "Tin tức\nThực hiện Chương trình hành động số 21-CTHĐ/TU ngày 09/5/2019 của Tỉnh ủy"
        " về thực hiện Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị;\n",
        nlp,
    )
    cited = {r.symbol: (r.doc_type, r.date) for r in record.references}
    assert cited["21-CTHĐ/TU"] == ("CTr", "2019-05-09")
