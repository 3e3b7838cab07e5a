"""Shared fixtures: the bundled corpus, ../shared when present, one pipeline per session."""

from __future__ import annotations

import copy
import functools
import os
from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis draws the same examples in every run ("ci", the default), so the suite passes or fails
# the same way in CI as here; HYPOTHESIS_PROFILE=explore draws new ones, to look for new failures
# (each one found is then kept as an @example beside its property).
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def plankb_environment():
    """The PLANKB_ variables as they were before each test: a command run in-process sets its
    limits in os.environ for its workers, and must not hand them to the tests after it."""
    before = {k: v for k, v in os.environ.items() if k.startswith("PLANKB_")}
    yield
    for name in [k for k in os.environ if k.startswith("PLANKB_") and k not in before]:
        del os.environ[name]
    os.environ.update(before)
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


# The opening of a plan, up to its sections: tests add the section they are about.
# A plan's opening and the header row of its task table, for rows a test adds.
TASK_TABLE_OPENING = """HUYỆN ỦY TAM NÔNG
Số 45-KH/HU
Tam Nông, ngày 10 tháng 01 năm 2024

KẾ HOẠCH
Công tác dân vận năm 2024

I. NHIỆM VỤ CỤ THỂ
TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành
"""

PLAN_OPENING = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 12/KH-UBND
An Lạc, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thử nghiệm các quy tắc giao nhiệm vụ

I. MỤC ĐÍCH
Nâng cao chất lượng công tác.

"""


def extract_text(text: str, nlp, name: str = "doc.txt"):
    """Extract a record from a string, as if it were a .txt file."""
    import hashlib

    from plankb.extractors.extract import extract_source
    from plankb.extractors.source import Source

    source = Source(name, "txt", hashlib.sha256(text.encode()).hexdigest(), text)
    return extract_source(source, nlp)


@functools.cache
def assigned_bodies(text: str, nlp) -> set[str]:
    """The bodies a text's assignments name, case and spacing folded."""
    return {body_key(a.body) for a in extract_text(text, nlp).assignments}


def body_key(name: str) -> str:
    return " ".join(name.casefold().split())


def check_assignments(text: str, assigned: list[str], not_assigned: list[str], nlp) -> None:
    """Every body of ``assigned`` is given a task in ``text``, none of ``not_assigned`` is."""
    found = assigned_bodies(text, nlp)
    missing = [b for b in assigned if body_key(b) not in found]
    assert not missing, f"missing {missing}; found {sorted(found)}"
    wrong = [b for b in not_assigned if body_key(b) in found]
    assert not wrong, f"not assignees {wrong}; found {sorted(found)}"


def _seed_items() -> tuple:
    from plankb.kb.work import extract_path

    items = []
    for seed in sorted(SEEDS.glob("*.txt")):
        path, record, text, error = extract_path(str(seed))
        assert error is None, error
        items.append((record, text, path))
    return tuple(items)


def seed_items() -> list[tuple[dict, str, str]]:
    """The bundled seeds extracted, as ``ingest_records`` takes them: (record, text, path). They
    are extracted once a session; each caller gets its own copy to change."""
    return copy.deepcopy(list(_seed_items()))


@pytest.fixture(scope="session")
def seed_ingest_items() -> list[tuple[dict, str, str]]:
    """The seeds' items for tests that only read them (seed_items gives a copy to change)."""
    return seed_items()


@pytest.fixture(scope="session")
def seed_base(tmp_path_factory, seed_ingest_items) -> Path:
    """A knowledge base freshly ingested from the seeds, once a session; tests read or copy it."""
    from plankb.kb.ingest import ingest_records

    db = tmp_path_factory.mktemp("seed-base") / "kb.db"
    assert ingest_records(db, seed_ingest_items).added == len(seed_ingest_items)
    return db


def seed_datasette(tmp_path_factory, name: str):
    """A knowledge base built from the bundled seeds, published as plankb serve does (in-process)."""
    from plankb.kb.app import make_datasette
    from plankb.kb.ingest import ingest_records

    db = tmp_path_factory.mktemp(name) / "kb.db"
    ingest_records(db, seed_items())
    return make_datasette(db)


def plan_citing(doc_id, symbol, date, refs, issuer="Ban Thường vụ Tỉnh ủy Cà Mau", level="province", title=None) -> dict:
    """A plan's record that implements ``refs`` ((symbol, date) pairs): the knowledge-base tests'
    web of plans citing resolutions and each other (the type of a reference read off its symbol)."""
    return {
        "id": doc_id,
        "source": {"path": f"{doc_id}.txt", "format": "txt", "sha256": doc_id},
        "doc_type": "KH",
        "symbol": symbol,
        "date": date,
        "title": title or f"Kế hoạch {symbol or doc_id}",
        "issuer": {"name": issuer, "level": level},
        "place": "Cà Mau",
        "references": [
            {"symbol": s, "doc_type": s.split("-")[1].split("/")[0], "date": d, "issuer": None, "subject": None,
             "relation": "implements", "text": s, "start": n, "end": n + 1}
            for n, (s, d) in enumerate(refs)
        ],
    }  # fmt: skip
