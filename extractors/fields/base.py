"""What every field component shares: the Doc extensions it reads and writes, and a decorator
that registers a plain function ``(doc) -> None`` as a spaCy pipeline component.

A component reads ``doc._.layout`` (blocks) and ``doc._.ptext`` (normalized text, its folded
twin and the map back to the source), and writes its field into ``doc._.record``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

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


def field_component(name: str) -> Callable[[Callable[[Doc], None]], Callable[[Doc], None]]:
    """Register ``func`` as the spaCy factory ``name`` (idempotent, so modules can be reloaded)."""

    def register(func: Callable[[Doc], None]) -> Callable[[Doc], None]:
        if not Language.has_factory(name):
            Language.factory(name, func=lambda nlp, name: FieldComponent(name, func))
        return func

    return register


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
