"""News conventions of naming: a body's initials brought in by the press in brackets."""

from __future__ import annotations

import pytest

from plankb.extractors.fields.identity import without_initials
from plankb.extractors.patterns import identity as P


@pytest.mark.parametrize("name, expected", P.INITIALS_EXAMPLES)
def test_initials_in_brackets_are_no_part_of_the_name(name, expected):
    assert without_initials(name) == expected


def test_initials_of_fewer_words_than_letters_stay():
    assert without_initials("Sở Y tế (SYTE) tỉnh") == "Sở Y tế (SYTE) tỉnh"
