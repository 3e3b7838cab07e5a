"""What every field component shares: the Doc extensions it reads and writes, and a decorator
that registers a plain function ``(doc) -> None`` as a spaCy pipeline component.

A component reads ``doc._.layout`` (blocks) and ``doc._.ptext`` (normalized text, its folded
twin and the map back to the source), and writes its field into ``doc._.record``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

for _name in ("layout", "ptext", "record"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class FieldComponent:
    def __init__(self, name: str, func: Callable[[Doc], None]):
        self.name = name
        self.func = func

    def __call__(self, doc: Doc) -> Doc:
        if doc._.record is None:
            doc._.record = {"warnings": []}
        self.func(doc)
        return doc


@dataclass(frozen=True)
class Contract:
    """What a component reads and writes: "layout" (doc._.layout) or "record.KEY" (a key of
    doc._.record). The pipeline refuses an order in which a component reads what a later one writes."""

    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


CONTRACTS: dict[str, Contract] = {}


def _spacy_attrs(keys: Iterable[str]) -> list[str]:
    """The Doc extensions behind our keys, in the form spaCy's own analysis takes."""
    return sorted({"doc._.layout" if k == "layout" else "doc._.record" for k in keys})


def field_component(name: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[Callable[[Doc], None]], Callable[[Doc], None]]:
    """Register ``func`` as the spaCy factory ``name`` (idempotent, so modules can be reloaded),
    declaring what it reads (``requires``) and writes (``assigns``)."""
    contract = Contract(tuple(requires), tuple(assigns))
    CONTRACTS[name] = contract

    def register(func: Callable[[Doc], None]) -> Callable[[Doc], None]:
        if not Language.has_factory(name):
            Language.factory(name, func=lambda nlp, name: FieldComponent(name, func),
                             requires=_spacy_attrs(contract.requires), assigns=_spacy_attrs(contract.assigns))
        return func

    return register


class PipelineOrderError(ValueError):
    """A pipeline in which a component reads what only a later one writes."""


def check_order(names: list[str]) -> None:
    """Refuse an order in which a component reads a key that only a later component writes, or
    that nothing in the pipeline writes; components without a contract (plugins) are not judged."""
    written: set[str] = set()
    for i, name in enumerate(names):
        contract = CONTRACTS.get(name)
        if contract is None:
            continue
        for key in contract.requires:
            if key in written:
                continue
            later = next((n for n in names[i + 1 :] if key in CONTRACTS.get(n, Contract()).assigns), None)
            if later:
                raise PipelineOrderError(f"{name} reads {key}, which {later} writes, but {later} comes after {name} in the pipeline: "
                                         f"put {later} before {name}")
            raise PipelineOrderError(f"{name} reads {key}, which no component of the pipeline writes")
        written.update(contract.assigns)


def warn(doc: Doc, code: str, message: str) -> None:
    doc._.record.setdefault("warnings", []).append({"code": code, "message": message})


class Spans:
    """A set of (start, end) spans with a fast membership test (binary search on merged spans)."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]
