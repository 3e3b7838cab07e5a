"""Hypothesis on the whole pipeline (issue 14): any text, long lines and large inputs. No
exception, a schema-valid record whose spans slice back to their values, and time and output
linear in the input: the CPU time per character of a large input stays within a few times that
of a small one made of the same clauses (a quadratic step grows with the size)."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import hypothesis_plans as plans


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.text(alphabet=st.characters(codec="utf-8"), max_size=300)))
def test_any_text_gives_a_valid_record(text):
    record, normalized = plans.extract(text)
    plans.check_record(record, normalized, len(text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans.plan_text(plans.EVERYTHING, 400))
def test_any_arrangement_of_plan_pieces_gives_a_valid_record(text):
    record, normalized = plans.extract(text)
    plans.check_record(record, normalized, len(text))


def _cpu_per_char(text: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.process_time()
        record, normalized = plans.extract(text)
        best = min(best, time.process_time() - began)
    plans.check_record(record, normalized, len(text))
    return best / len(text)


SMALL, LARGE = 4_000, 200_000  # characters: a quadratic step costs 50 times more per character


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(plans.CLAUSE, min_size=1, max_size=12), st.sampled_from([" ", ". ", "\n", "; ", ", ", "\n\n", ""]))
@example(["Giao Sở Nội vụ chủ trì tổ chức quán triệt trước ngày 30/6/2023"], " ")  # one line of tasks and deadlines
@example(["Nghị định 30/2020/NĐ-CP", "I. MỤC ĐÍCH, YÊU CẦU"], "\n\n")  # thousands of sections, each a request
@example(["*"], "\n")  # a run of blank lines once the stars are gone
def test_time_and_output_are_linear_in_the_input_on_long_lines_and_large_inputs(clauses, joiner):
    unit = joiner.join(clauses) + joiner
    small = "KẾ HOẠCH\n" + unit * max(1, SMALL // len(unit))
    large = "KẾ HOẠCH\n" + unit * max(1, LARGE // len(unit))
    plans.extract(small)  # warm: the pipeline's first document pays for its set-up
    per_char_small = _cpu_per_char(small, runs=3)
    per_char_large = _cpu_per_char(large, runs=2)  # the best of two: a busy machine slows one run, not both
    # Linear: the same work per character at 50 times the size (measured 0.4 to 1.4 times), within
    # a margin; the constant covers the clock's grain on the small text. The three examples above
    # were quadratic: 3, 30 and over 100 times the small text's cost per character.
    assert per_char_large < 2.2 * per_char_small + 1e-6, (per_char_small * 1e6, per_char_large * 1e6, unit[:200])
