"""One document's way through: Source -> normalized Text -> spaCy pipeline -> Record."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from plankb.extractors.pipeline import load_pipeline
from plankb.extractors.readers import read_file
from plankb.extractors.source import Source
from plankb.extractors.text import normalize
from plankb.schema.record import (
    Assignment,
    Deadline,
    Issuer,
    ModelArea,
    Recipient,
    Record,
    Reference,
    Section,
    Signer,
    SourceInfo,
    Span,
    Warning,
)

_LISTS = {
    "recipients": Recipient,
    "references": Reference,
    "deadlines": Deadline,
    "assignments": Assignment,
    "model_areas": ModelArea,
    "sections": Section,
    "warnings": Warning,
}
_SCALARS = ("doc_type", "symbol", "place", "date", "title", "signing")


def extract_source(source: Source, nlp: Language | None = None) -> Record:
    return extract_with_text(source, nlp)[0]


def extract_with_text(
    source: Source, nlp: Language | None = None, on_stage: Callable[[str, float], None] | None = None
) -> tuple[Record, str]:
    """The record and the normalized text its offsets point into (the knowledge base keeps both).

    ``on_stage(name, seconds)``, when given, is told the time of each stage (normalize, each
    pipeline component, building the record): the benchmark's per-stage figures."""
    nlp = nlp or load_pipeline()
    clock = time.perf_counter
    started = clock()
    text = normalize(source.text, reflow=source.soft_wrapped)
    if on_stage:
        on_stage("normalize", clock() - started)
    # The memory zone frees the strings this document added to the vocab: a long ingest
    # would otherwise keep the text of every document it has seen.
    with nlp.memory_zone():
        doc = nlp.make_doc(text.text)
        doc._.ptext = text
        doc._.record = {"warnings": [{"code": c, "message": m} for c, m in source.warnings]}
        if source.meta.get("signing"):
            doc._.record["signing"] = source.meta["signing"]
        # Text read by OCR: what may be corrected from the document's own words (not a record field)
        doc._.record["_ocr"] = any(kind in ("ocr", "garbage") for kind in source.meta.get("page_kinds", ()))
        for name, component in nlp.pipeline:
            if on_stage:
                started = clock()
                doc = component(doc)
                on_stage(name, clock() - started)
            else:
                doc = component(doc)
        found = doc._.record
    started = clock()
    record = build_record(source, text.text, found)
    record.pages = [Span(text.from_source(start), text.from_source(end)) for start, end in source.pages]
    if on_stage:
        on_stage("build_record", clock() - started)
    return record, text.text


def build_record(source: Source, normalized: str, found: dict) -> Record:
    # Copies of one text are one document; files with no text (scans not OCR'd) are not copies.
    identity = normalized if normalized.strip() else f"no text: {source.sha256}"
    record = Record(
        id=hashlib.sha256(identity.encode("utf-8")).hexdigest()[:20],
        source=SourceInfo(path=source.path, format=source.format, sha256=source.sha256),
    )
    for key, value in found.items():
        if key.startswith("_"):
            continue
        if key in _LISTS:
            setattr(record, key, [_LISTS[key](**item) for item in value])
        elif key in _SCALARS:
            setattr(record, key, value)
        elif key == "issuer":
            record.issuer = Issuer(**value) if value else None
        elif key == "signer":
            record.signer = Signer(**value) if value else None
        elif key == "spans":
            record.spans = {k: Span(**v) for k, v in value.items()}
        else:
            record.extra[key] = value  # a plugin's field
    return record


def extract_file(path: str | Path, nlp: Language | None = None) -> Record:
    return extract_source(read_file(path), nlp)
