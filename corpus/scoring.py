"""Scoring extraction against annotated documents (the form of ../shared/gold/), per field:
precision, recall and F1, summed over documents (micro-average), plus the share of documents
whose whole header is right, as GROBID reports it.

Names are compared without case, tone placement or extra spaces; bodies loosely (leading
"các", quotes and small typos do not count). Dates and symbols are compared exactly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from extractors.symbols import normalize_symbol
from extractors.text import fold, squash

HEADER_FIELDS = ("doc_type", "symbol", "issuer", "place", "date", "title", "signer")
LIST_FIELDS = ("references", "references.symbol", "deadlines", "assignments", "model_areas")
FIELDS = HEADER_FIELDS + LIST_FIELDS

BUNDLED = Path(__file__).parent
BUNDLED_GOLD = BUNDLED / "gold"
BUNDLED_DOCS = BUNDLED / "seeds"


@dataclass
class Counts:
    tp: int = 0  # predictions that are right
    fp: int = 0
    fn: int = 0
    found: int | None = None  # gold items found; differs from tp where matching is loose

    def __post_init__(self) -> None:
        if self.found is None:
            self.found = self.tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.fn) if self.found + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.found += other.found


@dataclass
class DocumentScore:
    doc: str
    counts: dict[str, Counts]
    missed: dict[str, list[Any]] = field(default_factory=dict)
    added: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def header_right(self) -> bool:
        return all(self.counts[f].fp == 0 and self.counts[f].fn == 0 for f in HEADER_FIELDS)


# --- comparing values -------------------------------------------------------------------------

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def name_key(name: str | None) -> str | None:
    if name is None:
        return None
    return squash(fold(name).translate(_QUOTES)).strip(" .,;:")


def body_key(name: str) -> str:
    key = name_key(name) or ""
    key = key.replace('"', "")
    while True:
        stripped = re.sub(r"^(?:các|những|toàn thể)\s+", "", key)
        if stripped == key:
            return key
        key = stripped


def same_body(a: str, b: str) -> bool:
    ka, kb = body_key(a), body_key(b)
    return ka == kb or (min(len(ka), len(kb)) > 8 and fuzz.ratio(ka, kb) >= 92)


def _symbol_key(symbol: str | None) -> str | None:
    return None if symbol is None else (normalize_symbol(symbol) or symbol)


def _single(gold: Any, pred: Any, same) -> Counts:
    if gold is None and pred is None:
        return Counts()
    if gold is None:
        return Counts(fp=1)
    if pred is None:
        return Counts(fn=1)
    return Counts(tp=1) if same(gold, pred) else Counts(fp=1, fn=1)


def _sets(gold: set, pred: set, optional: set = frozenset()) -> tuple[Counts, list, list]:
    tp = len(gold & pred)
    added = sorted(pred - gold - optional, key=str)
    missed = sorted(gold - pred, key=str)
    return Counts(tp=tp, fp=len(added), fn=len(missed)), missed, added


# --- one document -----------------------------------------------------------------------------


def score_document(gold: dict, record: dict) -> DocumentScore:
    counts: dict[str, Counts] = {}
    missed: dict[str, list] = {}
    added: dict[str, list] = {}

    def note(name: str, c: Counts, m: list, a: list) -> None:
        counts[name] = c
        if m:
            missed[name] = m
        if a:
            added[name] = a

    for key in ("doc_type", "date"):
        c = _single(gold.get(key), record.get(key), lambda g, p: g == p)
        note(key, c, [gold.get(key)] if c.fn else [], [record.get(key)] if c.fp else [])
    c = _single(_symbol_key(gold.get("symbol")), _symbol_key(record.get("symbol")), lambda g, p: g == p)
    note("symbol", c, [gold.get("symbol")] if c.fn else [], [record.get("symbol")] if c.fp else [])
    for key in ("place", "title"):
        c = _single(gold.get(key), record.get(key), lambda g, p: name_key(g) == name_key(p))
        note(key, c, [gold.get(key)] if c.fn else [], [record.get(key)] if c.fp else [])
    signer = (record.get("signer") or {}).get("name")
    c = _single(gold.get("signer"), signer, lambda g, p: name_key(g) == name_key(p))
    note("signer", c, [gold.get("signer")] if c.fn else [], [signer] if c.fp else [])
    issuers = gold.get("issuer") or None
    issuer = (record.get("issuer") or {}).get("name")
    c = _single(issuers, issuer, lambda g, p: any(name_key(x) == name_key(p) or same_body(x, p) for x in g))
    note("issuer", c, [issuers[0]] if c.fn else [], [issuer] if c.fp else [])

    # References: one per cited document; its date is the first date any citation of it gives.
    cited: dict[str, str | None] = {}
    for ref in record.get("references", []):
        sym = _symbol_key(ref["symbol"])
        if cited.get(sym) is None:
            cited[sym] = ref.get("date")
    gold_refs = {(_symbol_key(r["symbol"]), r.get("date")) for r in gold.get("references", [])}
    note("references", *_sets(gold_refs, set(cited.items())))
    note("references.symbol", *_sets({s for s, _ in gold_refs}, set(cited)))

    gold_dl = {d["date"] for d in gold.get("deadlines", [])}
    optional = {d["date"] for d in gold.get("deadlines_optional", [])}
    note("deadlines", *_sets(gold_dl, {d["date"] for d in record.get("deadlines", [])}, optional))

    note("assignments", *_assignments(gold.get("assignments", []), record.get("assignments", [])))
    note("model_areas", *_sets(set(gold.get("model_areas", [])), {a["area"] for a in record.get("model_areas", [])}))
    return DocumentScore(gold.get("doc", "?"), counts, missed, added)


def _assignments(groups: list[list[str]], predicted: list[dict]) -> tuple[Counts, list, list]:
    """A body is right when it is one of a gold group's names; a group is found when any is."""
    bodies: list[str] = []
    for a in predicted:
        if not any(body_key(a["body"]) == body_key(b) for b in bodies):
            bodies.append(a["body"])
    right = [b for b in bodies if any(same_body(b, name) for g in groups for name in g)]
    found = [g for g in groups if any(same_body(b, name) for b in bodies for name in g)]
    added = [b for b in bodies if b not in right]
    missed = [g[0] for g in groups if g not in found]
    return Counts(tp=len(right), fp=len(added), fn=len(missed), found=len(found)), missed, added


# --- a corpus -----------------------------------------------------------------------------------


def load_gold(gold_dir: Path) -> list[dict]:
    golds = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data.setdefault("doc", path.stem)
        golds.append(data)
    return golds


def pair_documents(golds: list[dict], files: Iterable[Path]) -> list[tuple[dict, Path]]:
    """Gold and document by file stem, so 000_x.json scores 000_x.txt, 000_x.docx or 000_x.pdf."""
    by_stem = {Path(g["doc"]).stem: g for g in golds}
    return [(by_stem[Path(f).stem], Path(f)) for f in files if Path(f).stem in by_stem]


def summarize(scores: list[DocumentScore]) -> dict:
    total = {f: Counts() for f in FIELDS}
    for s in scores:
        for f in FIELDS:
            total[f].add(s.counts[f])
    return {
        "documents": len(scores),
        "header_all_right": (sum(s.header_right for s in scores) / len(scores)) if scores else 0.0,
        "fields": {
            f: {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }
            for f, c in total.items()
        },
        "per_document": [
            {"doc": s.doc, "header_right": s.header_right, "missed": s.missed, "added": s.added} for s in scores
        ],
    }
