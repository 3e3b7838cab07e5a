"""Components declare what they read and write; a pipeline in the wrong order is refused with a
message naming both components."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plankb.cli import main
from plankb.extractors.fields.base import CONTRACTS, PipelineOrderError, check_order
from plankb.extractors.pipeline import DEFAULT_CONFIG, load_pipeline


def test_the_default_pipeline_is_in_order():
    names = load_pipeline().pipe_names
    check_order(names)
    assert all(name in CONTRACTS for name in names)


def test_every_key_read_is_written_by_an_earlier_component():
    names = load_pipeline().pipe_names
    for i, name in enumerate(names):
        earlier = {key for n in names[:i] for key in CONTRACTS[n].assigns}
        assert set(CONTRACTS[name].requires) <= earlier, name


def test_wrong_order_names_both_components():
    with pytest.raises(PipelineOrderError, match="plankb_deadlines reads record.assignments, which plankb_assignments writes"):
        check_order(["plankb_layout", "plankb_header", "plankb_signature", "plankb_references", "plankb_deadlines", "plankb_assignments"])


def test_a_key_nothing_writes_is_refused():
    with pytest.raises(PipelineOrderError, match="plankb_header reads layout, which no component"):
        check_order(["plankb_header"])


def test_plugins_without_a_contract_are_not_judged():
    check_order(["some_plugin", "plankb_layout", "other_plugin"])


def test_extract_refuses_a_config_in_the_wrong_order(tmp_path: Path):
    config = DEFAULT_CONFIG.read_text(encoding="utf-8")
    wrong = config.replace('"plankb_assignments", "plankb_deadlines"', '"plankb_deadlines", "plankb_assignments"')
    assert wrong != config
    path = tmp_path / "wrong.cfg"
    path.write_text(wrong, encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("KẾ HOẠCH\nThực hiện công tác năm 2023\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(doc), "--config", str(path)])
    assert result.exit_code != 0
    assert "plankb_deadlines" in result.output and "plankb_assignments" in result.output
