"""Word's automatic list numbers ("1.", "a)", "II.", "-"), which python-docx does not render:
the paragraph's numPr (numId, ilvl), the numbering part's levels, and counters kept in
document order, as Word itself numbers.

Why ours: python-docx (1.2) reaches the numbering part's XML but has no list formats, level texts
or counters; docx2python renders numbers itself but with its own punctuation, not the level's
text: on the six Word files we have (../shared/dev/files and tests/fixtures/renderings, 96
numbered paragraphs) it wrote "1)" for Word's "1." and "--" for "-" (0 of 96 numbers
as Word shows them), which the section and list rules read differently, and took 2 to 16
times as long as python-docx plus this module (bench/bench_libraries.py).
"""

from __future__ import annotations

from docx.oxml.ns import qn

_W_VAL = qn("w:val")


def _val(el, tag: str) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(_W_VAL) if child is not None else None


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _letters(n: int) -> str:
    # Word's letter lists: a..z, then aa..zz.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal and the rarer formats


class Numbering:
    """Gives each numbered paragraph its prefix, counting as Word does."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId -> ilvl -> (start, fmt, text)
        # Lists sharing an abstract definition count on together, as in Word; a list whose
        # definition has a startOverride restarts there the first time it is used.
        self.lists: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, restarts)
        self.counters: dict[str, list[int]] = {}
        self.restarted: set[tuple[str, int]] = set()
        self.styles = {s.get(qn("w:styleId")): s for s in document.styles.element.findall(qn("w:style"))}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            abs_id = _val(num, "w:abstractNumId")
            abs_el = abstract.get(abs_id)
            if abs_el is None:
                continue
            abs_el = self._follow_style_link(abs_el, abstract, root)
            levels = {}
            for lvl in abs_el.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                start = int(_val(lvl, "w:start") or 1)
                levels[ilvl] = (start, _val(lvl, "w:numFmt") or "decimal", _val(lvl, "w:lvlText") or "")
            restarts = {}
            for override in num.findall(qn("w:lvlOverride")):
                start = _val(override, "w:startOverride")
                if start is not None:
                    restarts[int(override.get(qn("w:ilvl"), "0"))] = int(start)
            self.levels[num.get(qn("w:numId"))] = levels
            self.lists[num.get(qn("w:numId"))] = (abs_el.get(qn("w:abstractNumId")), restarts)

    def _follow_style_link(self, abs_el, abstract, root):
        """An abstract list that only points at a numbering style: use that style's list."""
        link = _val(abs_el, "w:numStyleLink")
        style = self.styles.get(link) if link else None
        ppr = style.find(qn("w:pPr")) if style is not None else None
        num_id = _val(ppr.find(qn("w:numPr")), "w:numId") if ppr is not None else None
        for num in root.findall(qn("w:num")):
            if num_id and num.get(qn("w:numId")) == num_id:
                return abstract.get(_val(num, "w:abstractNumId"), abs_el)
        return abs_el

    def _num_pr(self, p) -> tuple[str | None, int]:
        """numId and level from the paragraph, else from its style and the styles it is based on."""
        ppr = p.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id, ilvl = _val(num_pr, "w:numId"), _val(num_pr, "w:ilvl")
        style_id = _val(ppr, "w:pStyle") if ppr is not None else None
        seen = set()
        while num_id is None and style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            sppr = style.find(qn("w:pPr"))
            snum = sppr.find(qn("w:numPr")) if sppr is not None else None
            num_id = _val(snum, "w:numId")
            ilvl = ilvl or _val(snum, "w:ilvl")
            style_id = _val(style, "w:basedOn")
        return num_id, int(ilvl or 0)

    def prefix(self, p) -> str:
        """The number or bullet Word shows before this paragraph, "" when none."""
        num_id, ilvl = self._num_pr(p)
        levels = self.levels.get(num_id or "0")
        if not levels or ilvl not in levels:
            return ""
        abs_id, restarts = self.lists[num_id]
        counters = self.counters.setdefault(abs_id, [0] * 9)
        start, fmt, text = levels[ilvl]
        if ilvl in restarts and (num_id, ilvl) not in self.restarted:
            self.restarted.add((num_id, ilvl))
            counters[ilvl], start = 0, restarts[ilvl]
        counters[ilvl] = start if counters[ilvl] == 0 else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            return text
        out = text
        for k in range(ilvl, -1, -1):  # %10 is not a level: replace from the deepest down
            if f"%{k + 1}" in out:
                k_start, k_fmt, _ = levels.get(k, (1, "decimal", ""))
                out = out.replace(f"%{k + 1}", format_number(counters[k] or k_start, k_fmt))
        return out
