"""plankb: Vietnamese plans and directives turned into a searchable, cross-referenced knowledge base.

The Python API::

    import plankb

    record = plankb.extract("ke-hoach-57.pdf")      # a plankb.Record
    print(record.doc_type, record.symbol, [r.symbol for r in record.references])
    result = plankb.ingest(["archive/"], "plankb.db")  # a plankb.IngestResult
    print(result.summary())

The installed package maps the repository's folders: ``plankb.extractors`` (readers and field
components), ``plankb.schema`` (the record and its JSON Schema), ``plankb.kb`` (the SQLite base,
its Datasette plugin and questions), ``plankb.corpus`` (seeds, gold and scoring), ``plankb.cli``.
"""

from __future__ import annotations

from pathlib import Path

from plankb.extractors import __version__
from plankb.kb.ingest import IngestResult
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

__all__ = [
    "__version__", "extract", "ingest", "IngestResult", "Record", "SourceInfo", "Issuer", "Signer", "Recipient",
    "Reference", "Deadline", "Assignment", "ModelArea", "Section", "Warning", "Span",
]


def extract(path: str | Path) -> Record:
    """The record of one file (.txt, .md, .html, .docx, .doc, .pdf): header, references, deadlines,
    assignments, model areas, each with the span of text it came from. Raises the reader's error
    (a ValueError subclass naming the file) when the file cannot be read."""
    from plankb.extractors.extract import extract_file

    return extract_file(path)


def ingest(paths, db: str | Path, jobs: int | None = None) -> IngestResult:
    """Extract the files under ``paths`` (files, folders, globs; a single path may be given as a
    string) and store them in the SQLite base ``db``, created if needed. Files that fail are in
    ``result.failed`` with their reason; the others are stored."""
    from plankb.kb.ingest import ingest_paths

    if isinstance(paths, (str, Path)):
        paths = [paths]
    return ingest_paths(paths, db, jobs=jobs)
