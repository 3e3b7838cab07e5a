"""Line breaks that export and page breaks put inside a sentence, rejoined by the normalizer."""

from __future__ import annotations

import pytest

from plankb.extractors.patterns.grammar import OPEN_END_EXAMPLES
from plankb.extractors.text import normalize


@pytest.mark.parametrize(
    "source, line",
    [("1.1.\nTrưởng Ban Chỉ đạo\n", "1.1. Trưởng Ban Chỉ đạo"),
     ("+ Sở\nXây dựng: hướng dẫn kiểm kê.\n", "+ Sở Xây dựng: hướng dẫn kiểm kê."),
     ("-\nPhân công nhiệm vụ.\n", "- Phân công nhiệm vụ.")],
)
def test_a_line_holding_only_a_marker_and_a_word_goes_on(source, line):
    assert line in normalize(source, reflow=True).text.split("\n")


def test_a_marker_before_another_item_stays_on_its_line():
    text = normalize("1. Mục tiêu\n2. Nhiệm vụ\n", reflow=True).text
    assert text.split("\n")[:2] == ["1. Mục tiêu", "2. Nhiệm vụ"]


@pytest.mark.parametrize("source, joined", OPEN_END_EXAMPLES)
def test_a_line_ending_with_a_word_that_ends_no_sentence_goes_on_after_a_page_break(source, joined):
    assert joined in normalize(source).text


def test_a_name_ending_a_heading_stays_apart_from_the_task_below():
    # "trực thuộc" ends a name: the task after the blank line is no part of it
    text = normalize("Các tỉnh, thành đoàn, đoàn trực thuộc\n\nCăn cứ kế hoạch triển khai.\n").text
    assert "trực thuộc\n\nCăn cứ" in text


def test_an_item_after_a_page_break_stays_an_item():
    text = normalize("Liên minh Hợp tác xã tỉnh\n\na) Tuyên truyền, vận động hội viên.\n").text
    assert "\na) Tuyên truyền" in text
