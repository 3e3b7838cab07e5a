"""The docs that show the code (README's command table, examples and command reference, the field
tables of schema/CONTRACT.md) are what the code prints now: cog --check, as sqlite-utils does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ["README.md", "schema/CONTRACT.md"]


def test_generated_docs_are_current():
    pytest.importorskip("cogapp")
    done = subprocess.run([sys.executable, "-m", "cogapp", "--check", "-I", "docs", *GENERATED],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, (
        f"{done.stdout}{done.stderr}\nThe docs differ from what the code prints: run `cog -r -I docs {' '.join(GENERATED)}`"
    )


def test_setup_starts_from_a_fresh_machine():
    """The set-up line makes a virtual environment first (PEP 668: Debian's Python refuses a bare pip install)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    assert "python3 -m venv .venv && . .venv/bin/activate && pip install -e . && plankb ingest corpus/seeds && plankb serve" in setup


def test_no_doc_sends_an_installed_user_to_the_developers_folders():
    for name in ("schema/CONTRACT.md", "kb/README.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "../shared/CONTRACT.md" not in text, name
