"""Scoring extraction against annotated documents, by the annotation rules (ANNOTATION.md of the
shared sets; the bundled corpus/gold follows the same form).

- Header fields (doc_type, symbol, issuer, place, date, title, signer) are judged per document:
  right when the value is the gold one, or null where the gold says null. A key left out of a gold
  file is not scored (a news summary cannot show a signer). Precision, recall and F1 are kept
  beside the accuracy (a null is neither a prediction nor a find).
- Lists (references, deadlines, assignments, model areas) as precision, recall and F1, summed
  over documents (micro-average). ``symbol_alt`` (of the document and of a reference) is an
  accepted form; ``deadlines_optional`` are neither rewarded nor punished; for a PDF annotated
  from its first pages (``references_pages``), only references found on those pages count.
- ``references.date``: of the references found, the share whose date is the gold one.
- A document's whole header is right when every header field scored for it is right.

Names are compared without case, tone placement or extra spaces; bodies loosely (leading
"các", quotes and small typos do not count); titles on their letters and digits (``title_key``). Dates and symbols are compared exactly, symbols
after normalization (no spaces, ASCII hyphen, "Đ").
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from plankb.extractors.text import fold, squash

HEADER_FIELDS = ("doc_type", "symbol", "issuer", "place", "date", "title", "signer")
LIST_FIELDS = ("references", "references.date", "deadlines", "assignments", "model_areas")
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
    docs: int = 0  # documents scored on this field
    right: int = 0  # of them, those whose value is right (header fields; dates of references)

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

    @property
    def accuracy(self) -> float:
        return self.right / self.docs if self.docs else 1.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.found += other.found
        self.docs += other.docs
        self.right += other.right

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "found": self.found, "docs": self.docs, "right": self.right}


@dataclass
class DocumentScore:
    doc: str
    counts: dict[str, Counts]  # only the fields scored for this document
    missed: dict[str, list[Any]] = field(default_factory=dict)
    added: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def header_scored(self) -> bool:
        return any(f in self.counts for f in HEADER_FIELDS)

    @property
    def header_right(self) -> bool:
        return all(self.counts[f].right == self.counts[f].docs for f in HEADER_FIELDS if f in self.counts)

    def as_dict(self) -> dict:
        return {
            "doc": self.doc,
            "header_right": self.header_right if self.header_scored else None,
            "counts": {name: c.as_dict() for name, c in self.counts.items()},
            "missed": self.missed,
            "added": self.added,
        }


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


_NOT_WORD = re.compile(r"[\W_]+")
_SUBJECT_LEAD = re.compile(r"^(?:v/v|về việc)\s*:?\s*", re.I)


def title_key(title: str | None) -> str | None:
    """A title as a reader judges it: its letters and digits, without case, punctuation or spacing
    (exports lose dashes and quotes, "2022 – 2027" becomes "2022 2027"), and without the "V/v"
    (về việc) that official letters put before their subject."""
    if title is None:
        return None
    return _NOT_WORD.sub("", _SUBJECT_LEAD.sub("", fold(title).strip()))


_SYMBOL_NOISE = re.compile(r"^\s*số\s*:?\s*|\s+", re.I)
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "Ð": "Đ"})


def symbol_key(symbol: str | None) -> str | None:
    """A symbol as the annotation rules write it: no "Số", no spaces, ASCII hyphen, "Đ". Kept apart
    from the extractor's own normalization on purpose: a scorer that repaired symbols the way the
    extractor does would count its repairs as right whatever they were."""
    return None if symbol is None else _SYMBOL_NOISE.sub("", unicodedata.normalize("NFC", symbol).translate(_DASHES))


def _symbol_keys(item: dict) -> set[str]:
    """The accepted forms of a gold symbol: ``symbol`` and ``symbol_alt``."""
    forms = [item.get("symbol"), *(item.get("symbol_alt") or [])]
    return {symbol_key(s) for s in forms if s}


def _single(gold: Any, pred: Any, same) -> Counts:
    """One header value: right when both are null or both are the same."""
    if gold is None and pred is None:
        return Counts(docs=1, right=1)
    if gold is None:
        return Counts(fp=1, docs=1)
    if pred is None:
        return Counts(fn=1, docs=1)
    return Counts(tp=1, docs=1, right=1) if same(gold, pred) else Counts(fp=1, fn=1, docs=1)


def _sets(gold: set, pred: set, optional: set = frozenset()) -> tuple[Counts, list, list]:
    tp = len(gold & pred)
    added = sorted(pred - gold - optional, key=str)
    missed = sorted(gold - pred, key=str)
    return Counts(tp=tp, fp=len(added), fn=len(missed), docs=1), missed, added


# --- one document -----------------------------------------------------------------------------


def score_document(gold: dict, record: dict) -> DocumentScore:
    score = DocumentScore(gold.get("doc", "?"), {})

    def note(name: str, c: Counts, m: list, a: list) -> None:
        score.counts[name] = c
        if m:
            score.missed[name] = m
        if a:
            score.added[name] = a

    def header(name: str, gold_value: Any, pred: Any, same, shown: Any = None) -> None:
        c = _single(gold_value, pred, same)
        note(name, c, [shown if shown is not None else gold_value] if c.fn else [], [pred] if c.fp else [])

    if "doc_type" in gold:
        header("doc_type", gold["doc_type"], record.get("doc_type"), lambda g, p: g == p)
    if "date" in gold:
        header("date", gold["date"], record.get("date"), lambda g, p: g == p)
    if "symbol" in gold:
        accepted = _symbol_keys(gold) if gold["symbol"] else None
        header("symbol", accepted, record.get("symbol"), lambda g, p: symbol_key(p) in g, shown=gold["symbol"])
    if "place" in gold:
        header("place", gold["place"], record.get("place"), lambda g, p: name_key(g) == name_key(p))
    if "title" in gold:
        header("title", gold["title"], record.get("title"), lambda g, p: title_key(g) == title_key(p))
    if "signer" in gold:
        signer = (record.get("signer") or {}).get("name")
        header("signer", gold["signer"], signer, lambda g, p: name_key(g) == name_key(p))
    if "issuer" in gold:
        issuers = gold["issuer"] or None
        issuer = (record.get("issuer") or {}).get("name")
        header("issuer", issuers, issuer, lambda g, p: any(name_key(x) == name_key(p) or same_body(x, p) for x in g),
               shown=issuers[0] if issuers else None)

    if "references" in gold:
        _references(gold, record, note)
    if "deadlines" in gold:
        optional = {d["date"] for d in gold.get("deadlines_optional") or []}
        note("deadlines", *_sets({d["date"] for d in gold["deadlines"]}, {d["date"] for d in record.get("deadlines", [])}, optional))
    if "assignments" in gold:
        note("assignments", *_assignments(gold["assignments"], record.get("assignments", [])))
    if "model_areas" in gold:
        note("model_areas", *_sets(set(gold["model_areas"]), {a["area"] for a in record.get("model_areas", [])}))
    return score


def references_in_pages(record: dict, pages: int | None) -> list[dict]:
    """The record's references, only those on the first ``pages`` pages when it has pages."""
    refs = record.get("references", [])
    spans = record.get("pages") or []
    if not pages or len(spans) <= pages:
        return refs
    starts = [p["start"] for p in spans]
    return [r for r in refs if bisect.bisect_right(starts, r["start"]) <= pages]


def _references(gold: dict, record: dict, note) -> None:
    """One entry per cited document (by symbol, any accepted form); its date is the first date
    any citation of it gives."""
    cited: dict[str, str | None] = {}
    for ref in references_in_pages(record, gold.get("references_pages")):
        key = symbol_key(ref["symbol"])
        if cited.get(key) is None:
            cited[key] = ref.get("date")
    golds = [(_symbol_keys(r), r) for r in gold["references"]]
    matched: dict[str, dict] = {}  # predicted key -> gold reference
    for key in cited:
        for keys, ref in golds:
            if key in keys and not any(m is ref for m in matched.values()):
                matched[key] = ref
                break
    found = [ref for _, ref in golds if any(m is ref for m in matched.values())]
    missed = [ref["symbol"] for _, ref in golds if not any(m is ref for m in matched.values())]
    added = sorted(k for k in cited if k not in matched)
    note("references", Counts(tp=len(matched), fp=len(added), fn=len(missed), found=len(found), docs=1), missed, added)
    wrong = [f"{ref['symbol']}: {cited[k]} (gold {ref.get('date')})" for k, ref in matched.items() if cited[k] != ref.get("date")]
    note("references.date", Counts(tp=len(matched) - len(wrong), fp=len(wrong), fn=len(wrong), docs=len(matched),
                                   right=len(matched) - len(wrong)), [], wrong)


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
    return Counts(tp=len(right), fp=len(added), fn=len(missed), found=len(found), docs=1), missed, added


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


def total(scores: Iterable[DocumentScore]) -> dict[str, Counts]:
    sums = {f: Counts() for f in FIELDS}
    for s in scores:
        for name, c in s.counts.items():
            sums[name].add(c)
    return sums


def field_figures(c: Counts, name: str) -> dict:
    figures = {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
               "tp": c.tp, "fp": c.fp, "fn": c.fn, "docs": c.docs}
    if name in HEADER_FIELDS or name == "references.date":
        figures["accuracy"] = round(c.accuracy, 4)
    return figures


def header_share(scores: list[DocumentScore]) -> float | None:
    judged = [s for s in scores if s.header_scored]
    return sum(s.header_right for s in judged) / len(judged) if judged else None


def summarize(scores: list[DocumentScore]) -> dict:
    sums = total(scores)
    return {
        "documents": len(scores),
        "header_all_right": header_share(scores),
        "fields": {f: field_figures(c, f) for f, c in sums.items()},
        "per_document": [s.as_dict() for s in scores],
    }
