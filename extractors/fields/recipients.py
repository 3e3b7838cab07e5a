"""Recipients: each line of "Nơi nhận" (or "Kính gửi") with the purpose it states."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.fields.base import field_component
from extractors.layout import Layout
from extractors.patterns.recipients import PURPOSES
from extractors.text import fold, squash

_PURPOSE = re.compile(r"\(\s*(?P<p>[^()]{1,40})\s*\)[\s.,;:]*$|[\s,]+(?:để\s+)?(?P<q>báo cáo|b/c|thực hiện|t/h|biết|để biết)[\s.,;:]*$", re.I)
_ARCHIVE = re.compile(r"^lưu\b\s*:?\s*", re.I)


def _purpose(raw: str | None) -> str | None:
    if not raw:
        return None
    f = squash(fold(raw)).strip(" .,;:")
    f = re.sub(r"^để\s+", "", f)
    return PURPOSES.get(f, f)


@field_component("plankb_recipients")
def recipients(doc: Doc) -> None:
    layout: Layout = doc._.layout
    result = []
    for line in layout.recipient_lines:
        s = line.stripped
        if line is layout.recipients_line:
            s = s.split(":", 1)[1] if ":" in s else ""
        s = re.sub(r"^[-–+•]\s*", "", s.strip())
        if not s:
            continue
        if _ARCHIVE.match(s):
            result.append({"name": squash(_ARCHIVE.sub("", s)).strip(" .,;") or "Lưu", "purpose": "lưu"})
            continue
        m = _PURPOSE.search(s)
        purpose = None
        if m:
            purpose = _purpose(m.group("p") or m.group("q"))
            s = s[: m.start()]
        name = squash(s).strip(" .,;:")
        if name:
            result.append({"name": name, "purpose": purpose})
    doc._.record["recipients"] = result
