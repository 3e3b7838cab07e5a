"""Recipients: each line of "Nơi nhận" (or "Kính gửi") with the purpose it states."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from plankb.extractors.fields.base import field_component
from plankb.extractors.layout import Layout
from plankb.extractors.patterns.grammar import BULLET
from plankb.extractors.patterns.recipients import PURPOSES
from plankb.extractors.text import fold, squash

_PURPOSE = re.compile(r"\(\s*(?P<p>[^()]{1,40})\s*\)[\s.,;:]*$|[\s,]+(?:để\s+)?(?P<q>báo cáo|b/c|thực hiện|t/h|biết|để biết)[\s.,;:]*$", re.I)
_BULLET = re.compile(rf"^\s*{BULLET}\s*")
_ARCHIVE = re.compile(r"^lưu\b\s*:?\s*", re.I)


def _purpose(raw: str | None) -> str | None:
    if not raw:
        return None
    f = squash(fold(raw)).strip(" .,;:")
    f = re.sub(r"^để\s+", "", f)
    return PURPOSES.get(f, f)


@field_component(
    "plankb_recipients",
    requires=('layout',),
    assigns=('record.recipients',),
)
def recipients(doc: Doc) -> None:
    layout: Layout = doc._.layout
    result = []
    for item in _items(layout):
        if _ARCHIVE.match(item):
            result.append({"name": squash(_ARCHIVE.sub("", item)).strip(" .,;") or "Lưu", "purpose": "lưu"})
            continue
        m = _PURPOSE.search(item)
        purpose = None
        if m:
            purpose = _purpose(m.group("p") or m.group("q"))
            item = item[: m.start()]
        name = squash(item).strip(" .,;:")
        if name:
            result.append({"name": name, "purpose": purpose})
    doc._.record["recipients"] = result


def _items(layout: Layout) -> list[str]:
    """One string per recipient: a bullet starts one, a wrapped line continues it, ";" ends it."""
    items: list[str] = []
    for line in layout.recipient_lines:
        s = line.stripped
        if line is layout.recipients_line:
            s = s.split(":", 1)[1] if ":" in s else ""
        bullet = _BULLET.match(s)
        s = s[bullet.end() :] if bullet else s
        if not s.strip():
            continue
        if items and not bullet and not items[-1].rstrip().endswith((";", ".", ":")):
            items[-1] = f"{items[-1]} {s.strip()}"
        else:
            items.append(s.strip())
    # "X; Y;" on one line: split at semicolons outside brackets.
    return [part for item in items for part in re.split(r";(?![^()]*\))", item) if part.strip(" .,;")]
