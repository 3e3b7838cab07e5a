"""The forms of address of a decision's closing article ("Các Ông (Bà): Chánh Văn phòng ...") are
kept once, in the bodies table; the salutation an assignment's body is cut from is built from them."""

from __future__ import annotations

import pytest

from plankb.extractors.fields.assignments import _SALUTATION
from plankb.extractors.patterns.bodies import ADDRESS_FORM_EXAMPLES, ADDRESS_FORMS, BODY_HEADS
from plankb.extractors.text import fold


@pytest.mark.parametrize(("text", "rest"), ADDRESS_FORM_EXAMPLES)
def test_salutation_is_cut_before_the_posts(text: str, rest: str) -> None:
    m = _SALUTATION.match(fold(text))
    assert m is not None
    assert text[m.end() :] == rest


@pytest.mark.parametrize("form", ADDRESS_FORMS)
def test_each_form_heads_a_body_and_is_a_salutation_before_a_colon(form: str) -> None:
    assert form in BODY_HEADS
    assert _SALUTATION.match(fold(form) + ": Giám đốc Sở Nội vụ")


def test_address_without_a_colon_is_no_salutation() -> None:
    assert _SALUTATION.match(fold("Các ông (bà) có tên tại Điều 1")) is None
