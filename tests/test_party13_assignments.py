"""Assignments in news of Party and mass-organisation work (made-up texts in that form): the
chair of a sitting is given no task, nor is one named in the title of a document ("thông báo
phân công ..."); a task's lead and a body assigned by the issuer still are."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.bodies import ACT_DOCUMENT_EXAMPLES, CHAIRED_EXAMPLES
from tests.conftest import assigned_bodies, body_key

NEWS = (
    "Triển khai Ngày hội Đại đoàn kết toàn dân tộc\n"
    "Sáng ngày 05/10/2024, Ban Thường trực Ủy ban MTTQ Việt Nam huyện An Lạc tổ chức hội nghị triển khai "
    "Kế hoạch số 12/KH-MTTQ-BTT ngày 01/10/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.\n"
)


@pytest.mark.parametrize("sentence, body, tasked", CHAIRED_EXAMPLES + ACT_DOCUMENT_EXAMPLES, ids=lambda x: str(x)[:30])
def test_chaired_sittings_and_documents_named_by_their_act(sentence, body, tasked, nlp):
    found = assigned_bodies(NEWS + sentence + "\n", nlp)
    assert (body_key(body) in found) is tasked, sorted(found)
