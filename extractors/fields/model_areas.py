"""Model areas: the fields in which a "Dân vận khéo" plan asks for or suggests models.

Read where the text names fields: after "lĩnh vực" in a sentence ("trên các lĩnh vực: kinh tế,
văn hóa - xã hội, ..."), in a heading ("2.1. Lĩnh vực phát triển kinh tế: <suggested content>"),
and in the header of an annex registration form ("Lĩnh vực" over "Kinh tế | Văn hóa – xã hội").
Only in documents about the "Dân vận khéo" movement.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from plankb.extractors.fields.base import field_component
from plankb.extractors.patterns.model_areas import KEYWORDS
from plankb.extractors.regexes import alternation
from plankb.extractors.text import Text, fold, squash

_KEYWORD_RE = re.compile(
    r"(?<![\wđ])(?:" + alternation({fold(k) for k, _ in KEYWORDS}) + r")(?![\wđ])"
)
_AREAS_OF = {fold(k): areas for k, areas in KEYWORDS}
_FIELD_WORD = re.compile(r"lĩnh vực(?![\wđ])")
_MOVEMENT = re.compile(r"dân vận khéo|dvk(?![\wđ])")
_CLAUSE_END = re.compile(r"[;.:\t\n]|\s+(?:của|theo hướng|nhằm|để|gắn với|trong đó)\s")
_HEADING = re.compile(r"[ \t]*(?:\d+(?:\.\d+)*\.?|[a-zđ]\)|[-–+•])?\s*lĩnh vực\s+(?P<label>[^:\n]{2,80}):\s*(?P<content>[^\n]*)")


def find_areas(folded: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(area, start, end) for each field keyword in folded[start:end]."""
    found = []
    for m in _KEYWORD_RE.finditer(folded, start, end):
        for area in _AREAS_OF[m.group(0)]:
            found.append((area, m.start(), m.end()))
    return found


@field_component(
    "plankb_model_areas",
    requires=(),
    assigns=('record.model_areas',),
)
def model_areas(doc: Doc) -> None:
    pt: Text = doc._.ptext
    folded = pt.folded
    result: dict[str, dict] = {}
    if not _MOVEMENT.search(folded):
        doc._.record["model_areas"] = []
        return

    def add(area: str, start: int, end: int, content: str | None) -> None:
        entry = result.get(area)
        if entry is None:
            result[area] = {"area": area, "label": squash(pt.text[start:end]), "text": content, "start": start, "end": end}
        elif content and not entry["text"]:
            entry["text"] = content

    # "Lĩnh vực X: suggested content" headings: a line that starts with "lĩnh vực" (after a marker).
    for w in _FIELD_WORD.finditer(folded):
        line_start = folded.rfind("\n", 0, w.start()) + 1
        m = _HEADING.match(folded, line_start)
        if m is None or m.start("label") < w.end():
            continue
        content = squash(pt.text[m.start("content") : m.end("content")]) or None
        for area, s, e in find_areas(folded, m.start("label"), m.end("label")):
            add(area, s, e, content)
    # "lĩnh vực" in a sentence or a table cell: the list that follows, to the end of the clause.
    for m in _FIELD_WORD.finditer(folded):
        after = m.end() + 1 if folded.startswith(":", m.end()) else m.end()  # "lĩnh vực: a, b, c"
        stop = _CLAUSE_END.search(folded, after)
        end = stop.start() if stop else len(folded)
        for area, s, e in find_areas(folded, after, min(end, after + 200)):
            add(area, s, e, None)
        # A table header whose "Lĩnh vực" cell spans the field names in the row below.
        line_end = folded.find("\n", m.end()) % (len(folded) + 1)
        cell_text = folded[m.end() : (stop.start() if stop else line_end)].strip()
        if not cell_text and "\t" in folded[folded.rfind("\n", 0, m.start()) + 1 : m.start() + 1]:
            next_end = folded.find("\n", line_end + 1)
            next_row = (line_end + 1, next_end if next_end >= 0 else len(folded))
            for area, s, e in find_areas(folded, *next_row):
                add(area, s, e, None)
    doc._.record["model_areas"] = sorted(result.values(), key=lambda a: a["start"])
