"""Items that explain terms ("Khái niệm", "Giải thích từ ngữ", "X: Là ...") give no tasks: a body
named there is part of what a term means ("Cơ quan nhà nước cung cấp dịch vụ công trực tuyến theo
02 mức độ như sau:"), not a body given work."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.bodies import DEFINITION_EXAMPLES
from tests.conftest import PLAN_OPENING, extract_text


@pytest.mark.parametrize("text, expected", DEFINITION_EXAMPLES)
def test_a_definition_gives_no_task(text, expected, nlp):
    assert [a.body for a in extract_text(PLAN_OPENING + text, nlp).assignments] == expected

