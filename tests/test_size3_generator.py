"""bench/bench_kb.py's generated documents quote their own text: a sentence a record holds
(a citation's, a task's, a deadline's) and a section's heading read as the permuted document
text does."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_kb.py"
QUOTING = ("references", "assignments", "deadlines", "model_areas")


def _bench_kb():
    spec = importlib.util.spec_from_file_location("bench_kb_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_sentences_are_in_their_generated_text(seed_ingest_items):
    bench_kb = _bench_kb()
    rng = random.Random(7)
    checked = with_digits = 0
    for i, (record, text, _path) in enumerate(seed_ingest_items):
        rec, new_text, _new_path = bench_kb.perturb(i, record, text, rng)
        assert new_text != text
        for key in QUOTING:
            for old, new in zip(record.get(key) or [], rec.get(key) or [], strict=True):
                if old.get("text") and old["text"] in text:  # a sentence quoted from the seed's text
                    assert new["text"] in new_text, (key, new["text"])
                    checked += 1
                    with_digits += any(c.isdigit() for c in new["text"])
        for old, new in zip(record.get("sections") or [], rec.get("sections") or [], strict=True):
            if old.get("heading") and old["heading"] in text:
                assert new["heading"] in new_text, new["heading"]
                checked += 1
    assert checked and with_digits  # sentences with numbers were checked, which the permutation changes
