"""Issue 14's memory bound, in CI: one ingest of every hostile input of bench/bench_limits.py (an
inflating Word file, a zip bomb, a long line of task verbs, five million characters without
headings, TCVN3 text, an encrypted and a truncated PDF), with the default limits, stays under
1 GB of peak memory; each refused file is named once, and the others are stored."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import bench_limits  # noqa: E402  (its inputs and its way of measuring a child's peak)

PEAK_LIMIT_MB = 1024
REFUSED = ("inflating.docx", "bomb.docx", "encrypted.pdf")


@pytest.fixture(autouse=True)
def default_limits(monkeypatch):
    """The default limits: a limit another test set in this process's environment is not inherited."""
    for name in [n for n in os.environ if n.startswith("PLANKB_")]:
        monkeypatch.delenv(name)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, list]:
    """The inputs, made once for the module (the zip bomb takes seconds to pack)."""
    folder = tmp_path_factory.mktemp("hostile")
    return folder, bench_limits.make_inputs(folder)


def test_one_ingest_of_every_hostile_input_stays_under_a_gigabyte(tmp_path, hostile):
    folder, files = hostile
    db = tmp_path / "kb.db"
    result = bench_limits.run([sys.executable, "-m", "plankb.cli", "ingest", str(folder), "--db", str(db), "--jobs", "1"], ROOT)

    assert result["peak_mb"] < PEAK_LIMIT_MB, result
    assert result["exit"] == 1, result  # some files failed, and the exit status says so
    with closing(sqlite3.connect(db)) as conn:
        stored = {Path(p).name for (p,) in conn.execute("select path from files")}
    assert stored == {path.name for _label, path in files} - set(REFUSED)


def test_the_refusals_name_each_file_once(hostile):
    folder, _files = hostile
    for name in REFUSED[1:]:  # the zip bomb and the encrypted PDF: quick to refuse
        result = bench_limits.run([sys.executable, "-m", "plankb.cli", "extract", str(folder / name)], ROOT)
        assert result["exit"] == 1
        assert name in result["message"] and result["message"].count(name) == 1, result


def test_a_damaged_file_gets_one_line_naming_it_once(hostile):
    folder, _files = hostile
    for name in ("truncated.pdf", "tcvn3.txt"):
        proc = subprocess.run([sys.executable, "-m", "plankb.cli", "extract", str(folder / name)], cwd=ROOT,
                              capture_output=True, text=True)  # fmt: skip
        lines = proc.stderr.splitlines()
        assert proc.returncode == 0 and len(lines) == 1, proc.stderr  # no library's log lines beside ours
        assert lines[0].startswith("warning: ") and lines[0].count(name) == 1, lines
