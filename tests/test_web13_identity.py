"""A page's publication stamp before a news lead (identity.PAGE_STAMP): not the subject, and the
year a lead's "ngày 26/9" leaves out."""

import re

import pytest

from plankb.extractors.patterns import identity as P


@pytest.mark.parametrize("lead, stamp", P.PAGE_STAMP_EXAMPLES)
def test_page_stamp_examples(lead, stamp):
    m = re.match(rf"\s*{P.PAGE_STAMP}", lead, re.I)
    got = f"{m.group('sy')}-{m.group('sm')}-{m.group('sd')}" if m else None
    assert got == stamp


def test_the_stamp_is_skipped_before_the_subject():
    m = P.SUBJECT_LEAD.match("date 2025-09-24 Chủ tịch UBND tỉnh vừa ký")
    assert m.group(0) == "date 2025-09-24 "
