"""`plankb eval SET` on a set laid out as ../shared/dev: gold/ beside docs/ (and files/)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

import plankb
from plankb.cli import main

CORPUS = Path(plankb.__file__).with_name("corpus")


def _set_folder(tmp_path: Path, docs: int, name: str = "set") -> Path:
    root = tmp_path / name
    (root / "gold").mkdir(parents=True)
    (root / "docs").mkdir()
    for gold in sorted((CORPUS / "gold").glob("*.json"))[:docs]:
        shutil.copy(gold, root / "gold" / gold.name)
        shutil.copy(CORPUS / "seeds" / json.loads(gold.read_text(encoding="utf-8"))["doc"], root / "docs")
    return root


def test_a_set_folder_is_scored_with_its_own_documents(tmp_path):
    root = _set_folder(tmp_path, 2)
    result = CliRunner().invoke(main, ["eval", str(root), "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["documents"] == 2
    assert summary["header_all_right"] == 1.0


def test_a_folder_without_annotations_is_named(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "empty")])
    assert result.exit_code != 0
    assert "empty: no annotations" in result.output


def test_report_scores_extra_set_folders_by_their_path(tmp_path):
    # two halves of one silver set, laid out as ../shared/dev, scored beside no shared set
    _set_folder(tmp_path / "silver" / "web" / "tune", 2)
    _set_folder(tmp_path / "silver" / "web" / "check", 1)
    saved = tmp_path / "results.json"
    result = CliRunner().invoke(main, ["report", str(tmp_path / "no-shared"), "--set", "none", "--jobs", "1",
                                       "--extra", str(tmp_path / "silver"), "--save", str(saved)])
    assert result.exit_code == 0, result.output
    assert "| silver/web/tune/set | whole text | 2 |" in result.output
    assert "| silver/web/check/set | whole text | 1 |" in result.output
    documents = json.loads(saved.read_text(encoding="utf-8"))
    documents = documents["documents"] if isinstance(documents, dict) else documents
    assert sorted({d["set"] for d in documents}) == ["silver/web/check/set", "silver/web/tune/set"]


def test_report_names_an_unknown_set(tmp_path):
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--set", "nosuch"])
    assert result.exit_code != 0
    assert "no such set: nosuch" in result.output


def test_report_sums_the_halves_of_several_silver_sets(tmp_path):
    _set_folder(tmp_path / "silver" / "a", 2, "check")
    _set_folder(tmp_path / "silver" / "b", 1, "check")
    _set_folder(tmp_path / "silver" / "b", 1, "tune")  # one tune half alone: no sum row
    result = CliRunner().invoke(main, ["report", str(tmp_path / "no-shared"), "--set", "none", "--jobs", "1",
                                       "--extra", str(tmp_path / "silver")])
    assert result.exit_code == 0, result.output
    assert "| check halves (2 sets) | all | 3 |" in result.output
    assert "tune halves" not in result.output
