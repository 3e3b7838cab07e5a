"""Sections: the outline (I. / 1. / 1.1. / a)) with each heading and where it stands."""

from __future__ import annotations

from spacy.tokens import Doc

from plankb.extractors.fields.base import field_component


@field_component(
    "plankb_sections",
    requires=('layout',),
    assigns=('record.sections',),
)
def sections(doc: Doc) -> None:
    doc._.record["sections"] = [
        {"path": it.path, "heading": it.heading, "level": it.level, "start": it.start, "end": it.end}
        for it in doc._.layout.outline
    ]
