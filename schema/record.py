"""The document record (schema/CONTRACT.md) as typed classes.

Everything that leaves plankb (JSON, JSON Lines, CSV, the database) is made from these classes,
so a field is added here once and appears everywhere. Unknown is ``None`` or an empty list.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

RECORD_VERSION = "1.0"


@dataclass
class SourceInfo:
    path: str
    format: str
    sha256: str


@dataclass
class Issuer:
    name: str
    code: str | None = None
    parent: str | None = None
    level: str | None = None
    evidence: str | None = None  # where the name was read: header, clause, signature, annex


@dataclass
class Signer:
    name: str | None
    title: str | None = None
    authority: str | None = None


@dataclass
class Recipient:
    name: str
    purpose: str | None = None


@dataclass
class Reference:
    symbol: str
    doc_type: str | None
    date: str | None
    issuer: str | None
    subject: str | None
    relation: str
    text: str
    start: int
    end: int


@dataclass
class Deadline:
    date: str
    precision: str
    recurrence: str | None
    qualifier: str
    task: str | None
    bodies: list[str]
    text: str
    start: int
    end: int


@dataclass
class Assignment:
    body: str
    role: str
    task: str | None
    deadline: str | None
    text: str
    start: int
    end: int


@dataclass
class ModelArea:
    area: str
    label: str
    text: str | None
    start: int
    end: int


@dataclass
class Section:
    path: str
    heading: str
    level: int
    start: int
    end: int


@dataclass
class Warning:
    code: str
    message: str


@dataclass
class Span:
    """Where a header value was read: offsets into the normalized text."""

    start: int
    end: int


@dataclass
class Record:
    id: str
    source: SourceInfo
    doc_type: str | None = None
    symbol: str | None = None
    issuer: Issuer | None = None
    place: str | None = None
    date: str | None = None
    title: str | None = None
    signer: Signer | None = None
    recipients: list[Recipient] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    model_areas: list[ModelArea] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    # Beyond the contract: where each header value came from, signing metadata, plugin output.
    spans: dict[str, Span] = field(default_factory=dict)
    pages: list[Span] = field(default_factory=list)  # each page of a paged source, in normalized offsets
    signing: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    extractor_version: str = RECORD_VERSION

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        extra = data.pop("extra")
        # Plugin fields sit at the top level, beside the contract's, without overriding them.
        for key, value in extra.items():
            data.setdefault(key, value)
        return data


CONTRACT_FIELDS = [f.name for f in fields(Record) if f.name not in ("spans", "pages", "signing", "extra", "extractor_version")]
