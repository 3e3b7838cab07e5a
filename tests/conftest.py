"""Shared fixtures: the bundled corpus, ../shared when present, one pipeline per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "corpus" / "seeds"
GOLD = ROOT / "corpus" / "gold"


@pytest.fixture(scope="session")
def nlp():
    from plankb.extractors.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not present")
    return SHARED


def extract_text(text: str, nlp, name: str = "doc.txt"):
    """Extract a record from a string, as if it were a .txt file."""
    import hashlib

    from plankb.extractors.extract import extract_source
    from plankb.extractors.source import Source

    source = Source(name, "txt", hashlib.sha256(text.encode()).hexdigest(), text)
    return extract_source(source, nlp)
