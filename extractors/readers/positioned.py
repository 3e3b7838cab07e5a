"""Text from positioned words (a PDF's text layer, or OCR): rows, the two-column blocks of an
administrative document, and paragraphs.

A Vietnamese document sets two blocks side by side: at the top of the first page (issuer and
number on the left, motto and place-date on the right) and at the end ("Nơi nhận" on the left,
the signature on the right). Read row by row they interleave ("TÒA ÁN NHÂN DÂN CỘNG HÒA XÃ HỘI
CHỦ NGHĨA"), so such a block is found by the empty gutter running down between its columns and
emitted as the left column's lines, then the right column's. Body rows are joined back into
paragraphs; other rows with wide gaps are table rows (cells joined by a tab).
"""

from __future__ import annotations

import functools
import operator
import re
import statistics
from dataclasses import dataclass, field

from plankb.extractors.patterns.grammar import ARABIC, AUTHORITY_FORM, BULLET, DIVISION_NUMBER, DIVISION_WORDS, LETTER, ROMAN


@dataclass
class Word:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    bold: bool = False

    @property
    def height(self) -> float:
        return self.bottom - self.top


_X0 = operator.attrgetter("x0")


@dataclass
class Row:
    words: list[Word]
    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)
    # the row's text by tab gap, made once: a row is read several times (paragraph breaks,
    # column blocks, page numbers) and its words do not change once it is made
    _texts: dict = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.words.sort(key=_X0)
        self.x0 = self.words[0].x0
        self.x1 = max([w.x1 for w in self.words])
        self.top = min([w.top for w in self.words])
        self.bottom = max([w.bottom for w in self.words])

    @functools.cached_property  # read for every row by the page's median and again by its blocks
    def height(self) -> float:
        return statistics.median([w.bottom - w.top for w in self.words])

    def text(self, tab_gap: float | None = None) -> str:
        """The row's words; a gap wider than ``tab_gap`` becomes a tab (a table's cell break)."""
        made = self._texts.get(tab_gap)
        if made is None:
            made = self._texts[tab_gap] = self._text(tab_gap)
        return made

    def _text(self, tab_gap: float | None) -> str:
        words = self.words
        joined = " ".join([w.text for w in words])
        # most rows: no word after the first begins with "/", and no gap is a cell break
        if " /" not in joined and (tab_gap is None or all(b.x0 - a.x1 <= tab_gap for a, b in zip(words, words[1:]))):
            return joined
        out = self.words[0].text
        for prev, word in zip(self.words, self.words[1:]):
            gap = word.x0 - prev.x1
            if tab_gap is not None and gap > tab_gap and not (prev is self.words[0] and _MARKER.match(prev.text + " ")):
                out += "\t"
            elif word.text.startswith("/") and prev.text[-1:].isdigit() and gap < prev.height:
                pass  # a number stamped into the blank of "Số:    /2024/TT-BGTVT"
            else:
                out += " "
            out += word.text
        return out


@dataclass
class Block:
    """Text placed at a height on the page without reflow: a table's rows."""

    top: float
    bottom: float
    lines: list[str]


def _band(words: list[Word]) -> tuple[float, float]:
    """The height band of a group: medians, so one tall speck does not stretch it."""
    if len(words) == 1:  # a single word, as the PDF reader gives them
        return words[0].top, words[0].bottom
    return statistics.median(w.top for w in words), statistics.median(w.bottom for w in words)


def build_rows(groups: list[list[Word]], blocks: list[int] | None = None) -> list[Row]:
    """Rows from groups of words (single words, or OCR lines) that share a height band.

    With ``blocks`` (the OCR engine's block of each group), groups of one block are never merged:
    the engine has already told its lines apart; only blocks side by side share rows.
    """
    if blocks is None and all(len(g) == 1 for g in groups):
        return _rows_of_words([g[0] for g in groups])
    band = {k: _band(g) for k, g in enumerate(groups) if g}
    order = sorted(band, key=lambda k: (band[k][0] + band[k][1]) / 2)
    rows: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    members: list[set[int]] = []
    for k in order:
        group = groups[k]
        top, bottom = band[k]
        block = blocks[k] if blocks else None
        for r in range(len(rows) - 1, max(-1, len(rows) - 4), -1):  # the last few rows only
            a_top, a_bottom = bands[r]
            overlap = min(bottom, a_bottom) - max(top, a_top)
            if overlap >= 0.5 * min(bottom - top, a_bottom - a_top) and (block is None or block not in members[r]):
                rows[r].extend(group)
                members[r].add(block)
                break
        else:
            rows.append(list(group))
            bands.append((top, bottom))
            members.append({block})
    return sorted((Row(r) for r in rows), key=lambda r: r.top)


def _rows_of_words(words: list[Word]) -> list[Row]:
    """``build_rows`` of single words (a PDF's text layer, each word its own group), without
    the groups' medians and blocks: the same rows, a page's thousands of words made faster."""
    order = sorted(words, key=lambda w: (w.top + w.bottom) / 2)
    rows: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    last: list[Word] = []  # the last row, which most words join: tried first, on its own
    last_top = last_bottom = 0.0
    for word in order:
        top, bottom = word.top, word.bottom
        if rows and min(bottom, last_bottom) - max(top, last_top) >= 0.5 * min(bottom - top, last_bottom - last_top):
            last.append(word)
            continue
        for r in range(len(rows) - 2, max(-1, len(rows) - 4), -1):  # the two rows before it
            a_top, a_bottom = bands[r]
            if min(bottom, a_bottom) - max(top, a_top) >= 0.5 * min(bottom - top, a_bottom - a_top):
                rows[r].append(word)
                break
        else:
            last, last_top, last_bottom = [word], top, bottom
            rows.append(last)
            bands.append((top, bottom))
    return sorted((Row(r) for r in rows), key=lambda r: r.top)


_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:[Tt]rang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?$")


def drop_page_numbers(rows: list[Row], page_height: float) -> list[Row]:
    margin = 0.1 * page_height
    return [
        r for r in rows if not ((r.bottom < margin or r.top > page_height - margin) and _PAGE_NUMBER.match(r.text().strip()))
    ]


# --- two-column blocks ---------------------------------------------------------------------


def _gaps(rows: list[Row], lo: float, hi: float, min_gap: float) -> list[tuple[float, float]]:
    """Horizontal intervals within [lo, hi] that no word of these rows covers."""
    spans = sorted((w.x0 - 1, w.x1 + 1) for r in rows for w in r.words)
    gaps, edge = [], lo
    for x0, x1 in spans:
        if x0 > edge and min(x0, hi) - edge >= min_gap:
            gaps.append((edge, min(x0, hi)))
        edge = max(edge, x1)
        if edge >= hi:
            break
    if hi - edge >= min_gap:
        gaps.append((edge, hi))
    return gaps


@dataclass
class Zone:
    start: int  # index of the first row
    end: int  # one past the last row
    gutter: float  # x that separates the columns


def _inner(gaps: list[tuple[float, float]], row: Row) -> list[tuple[float, float]]:
    """The gaps with words of this row on both sides: a gutter, not a margin."""
    return [(a, b) for a, b in gaps if any(w.x1 <= a for w in row.words) and any(w.x0 >= b for w in row.words)]


def _zone_from(rows: list[Row], i: int, lo: float, hi: float, min_gap: float) -> Zone | None:
    gaps = _inner(_gaps(rows[i : i + 1], lo, hi, min_gap), rows[i])
    j = i + 1
    middle = (lo + hi) / 2
    while gaps and j < len(rows):
        more = _gaps(rows[j : j + 1], lo, hi, min_gap)
        both = [(max(a, c), min(b, d)) for a, b in gaps for c, d in more if min(b, d) - max(a, c) >= min_gap]
        both = [g for g in both if any(_inner([g], r) for r in rows[i : j + 1])]
        if not both:
            break
        # A one-sided row centred on the page ("THÔNG TƯ" under the header) ends the block.
        one_sided = all(w.x1 <= both[0][0] for w in rows[j].words) or all(w.x0 >= both[0][1] for w in rows[j].words)
        if one_sided and abs((rows[j].x0 + rows[j].x1) / 2 - middle) < 0.05 * (hi - lo) / 0.6:
            break
        gaps, j = both, j + 1
    gaps = [g for g in gaps if any(_inner([g], r) for r in rows[i:j])]
    if not gaps:
        return None
    left, right = max(gaps, key=lambda g: g[1] - g[0])
    gutter = (left + right) / 2
    sides = [(any(w.x1 <= gutter for w in r.words), any(w.x0 >= gutter for w in r.words)) for r in rows[i:j]]
    if not any(a and b for a, b in sides):
        return None
    # Rows above the first two-sided row that hold left-hand words only are body text ending.
    first = next(k for k, (a, b) in enumerate(sides) if a and b)
    lead = next((k for k in range(first) if sides[k][1]), first)
    return Zone(i + lead, j, gutter)


def _is_column_block(rows: list[Row], zone: Zone, first_rows: int) -> bool:
    """The header at the top of a page (one row may do), or the closing with "Nơi nhận"; not a
    borderless table."""
    if zone.start < first_rows:
        return True
    if zone.end - zone.start < 2:
        return False
    # "Nơi nhận" (OCR may lose a letter of it), or an authority line beside it ("KT. BỘ TRƯỞNG").
    return any(_CLOSING.search(r.text()) for r in rows[zone.start : zone.end])


_CLOSING = re.compile(rf"^\s*(?i:n?ơi\s+nhận)|(?:^|\s)(?:{AUTHORITY_FORM})\.?\s+[A-ZĐÀ-Ỹ]{{2,}}")


def column_zones(rows: list[Row], page_width: float, first_rows: int = 3) -> list[Zone]:
    if not rows:
        return []
    height = statistics.median(r.height for r in rows)
    lo, hi, min_gap = 0.2 * page_width, 0.8 * page_width, max(4.0, 0.5 * height)
    zones, i = [], 0
    while i < len(rows):
        zone = _zone_from(rows, i, lo, hi, min_gap)
        if zone and _is_column_block(rows, zone, first_rows):
            zones.append(zone)
            i = zone.end
        else:
            i += 1
    return zones


def _split(row: Row, gutter: float) -> tuple[Row | None, Row | None]:
    left = [w for w in row.words if (w.x0 + w.x1) / 2 < gutter]
    right = [w for w in row.words if (w.x0 + w.x1) / 2 >= gutter]
    return (Row(left) if left else None), (Row(right) if right else None)


# --- paragraphs ------------------------------------------------------------------------------

# An outline item's first row: "II.", "2.1.", "a)" or "a.", a bullet, "Điều 3", "Chương II".
_MARKER = re.compile(rf"^(?:{ROMAN}[.)]|{ARABIC}[.)]|{LETTER}[.)]|{BULLET}|(?:{'|'.join(DIVISION_WORDS)})\s+{DIVISION_NUMBER})(?:\s|$)")
_UPPER = re.compile(r"[^\W\d_]")


@functools.lru_cache(maxsize=256)  # a row is asked as the row and again as the next one's previous
def _upper(text: str) -> bool:
    letters = _UPPER.findall(text)
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


@dataclass
class Margins:
    left: float
    right: float
    pitch: float  # usual distance between two rows' tops

    @property
    def width(self) -> float:
        return max(1.0, self.right - self.left)


def margins(rows: list[Row]) -> Margins | None:
    if len(rows) < 2:
        return None
    lefts = [round(r.x0) for r in rows]
    left = statistics.mode(lefts)
    right = sorted(r.x1 for r in rows)[int(0.9 * (len(rows) - 1))]
    steps = [b.top - a.top for a, b in zip(rows, rows[1:]) if b.top > a.top]
    pitch = statistics.median(steps) if steps else rows[0].height * 1.2
    return Margins(left, right, pitch)


def _symmetric(row: Row, m: Margins) -> bool:
    return abs((row.x0 - m.left) - (m.right - row.x1)) < 0.04 * m.width


def _centered(row: Row, m: Margins) -> bool:
    """Set in the middle: as much room on each side, and some room (a full line is not centred)."""
    return _symmetric(row, m) and max(row.x0 - m.left, m.right - row.x1) > 0.012 * m.width


def starts_paragraph(prev: Row, row: Row, m: Margins) -> bool:
    if row.top - prev.top > 1.35 * m.pitch or row.top < prev.top:
        return True
    text = row.text()
    if _MARKER.match(text) or (prev.text().rstrip().endswith((";", ":")) and text[:1].isupper()):
        return True  # an outline item, or the next item of a list ("Căn cứ ...;")
    if _upper(prev.text()) != _upper(text) or prev.words[-1].bold != row.words[0].bold:
        return True
    if _centered(row, m):  # a centred title runs on over centred (or full) lines; capitals
        return not _symmetric(prev, m) or _upper(text)  # are header lines, one per line
    if _centered(prev, m):
        return True
    if row.x0 > m.left + 0.03 * m.width and row.x0 > prev.x0 + 2:
        return True  # a first-line indent
    return prev.x1 < m.right - 0.12 * m.width  # the previous line stopped short


def reflow(rows: list[Row], m: Margins | None, tab_gap: float) -> list[str]:
    """Paragraphs, one per line; consecutive centred ones (a type name and its summary) share
    a chunk, one per line, as a Word file's centred paragraphs do."""
    paragraphs: list[str] = []
    centred: list[bool] = []
    prev: Row | None = None
    for row in rows:
        text = row.text(tab_gap)
        if prev is not None and m is not None and "\t" not in text and "\t" not in paragraphs[-1] and not starts_paragraph(prev, row, m):
            paragraphs[-1] += " " + text
        elif prev is not None and m is not None and centred[-1] and _centered(row, m):
            paragraphs[-1] += "\n" + text
        else:
            paragraphs.append(text)
            centred.append(m is not None and _centered(row, m))
        prev = row
    return paragraphs


# --- one page ----------------------------------------------------------------------------------


def page_chunks(rows: list[Row], blocks: list[Block], page_width: float, first_rows: int = 3) -> list[str]:
    """The page's text in chunks, to be separated by blank lines: each column block (its lines
    column by column), each table (its rows), each paragraph."""
    if not rows and not blocks:
        return []
    m = margins(rows)
    height = statistics.median(r.height for r in rows) if rows else 10.0
    tab_gap = max(18.0, 2.2 * height)
    zones = {z.start: z for z in column_zones(rows, page_width, first_rows)}
    out: list[str] = []
    pending: list[Row] = []
    blocks = sorted(blocks, key=lambda b: b.top)

    def flush() -> None:
        out.extend(reflow(pending, m, tab_gap))
        pending.clear()

    i = 0
    while i < len(rows):
        while blocks and blocks[0].top <= rows[i].top:
            flush()
            out.append("\n".join(blocks.pop(0).lines))
        zone = zones.get(i)
        if zone is None:
            pending.append(rows[i])
            i += 1
            continue
        flush()
        halves = [_split(r, zone.gutter) for r in rows[zone.start : zone.end]]
        lines = [left.text() for left, _ in halves if left] + [right.text() for _, right in halves if right]
        out.append("\n".join(lines))
        i = zone.end
    flush()
    out.extend("\n".join(block.lines) for block in blocks)
    return [chunk for chunk in out if chunk.strip()]
