"""The first component: finds the document's blocks once, for every field component after it."""

from __future__ import annotations

from spacy.tokens import Doc

from plankb.extractors.fields.base import field_component
from plankb.extractors.layout import find_layout


@field_component(
    "plankb_layout",
    requires=(),
    assigns=('layout',),
)
def layout(doc: Doc) -> None:
    doc._.layout = find_layout(doc._.ptext.text)  # doc.text would rebuild the string from tokens
