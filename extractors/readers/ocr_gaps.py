"""Words Tesseract dropped from a scanned title, read again on their own.

Reading a whole page, Tesseract gives a word it is unsure of a very low confidence ("duyệt" at 9
of 100 beside words at 96) or reads a word and the specks under it as something else entirely
("bảng." at 0 for "Trung"), and such words are dropped as specks: the title's line is left with
a hole a word wide ("Phê _ Quy hoạch", "vùng Bắc _ Bộ"). Read alone, as one line of text, the
hole is read well. So in the top half of the first page (where the type name and the title
stand), a hole between two words of one OCR line, wider than the spaces of a line and narrower
than the gap between the header's two columns, is read again; the Vietnamese syllables found in
it go into the line. A hole where nothing reads as a syllable stays as it is.
"""

from __future__ import annotations

from plankb.extractors.readers import ocr
from plankb.extractors.readers.positioned import Word
from plankb.extractors.syllables import is_syllable

TOP_SHARE = 0.5  # the title stands in the top half of the first page
GAP_MIN = 1.5  # a space between words is under half a line's height; a word is wider than one...
GAP_MAX = 6.0  # ...and the gap between the header's columns is wider than a few words
PSM = "7"  # the hole read as one line of text


def _is_word(text: str) -> bool:
    return text.strip(",.;:()\"'").isalpha()


def holes(line: list[Word], height: float) -> list[tuple[Word, Word]]:
    """The pairs of neighbouring words of one OCR line with a word-wide hole between them."""
    words = sorted(line, key=lambda w: w.x0)
    if not words or words[0].top > TOP_SHARE * height:
        return []
    sizes = sorted(w.height for w in words)
    size = sizes[len(sizes) // 2]
    return [(a, b) for a, b in zip(words, words[1:])
            if GAP_MIN * size < b.x0 - a.x1 < GAP_MAX * size and _is_word(a.text) and _is_word(b.text)]


def found_words(read: list[list[Word]]) -> list[Word]:
    """The words of a hole's second reading that are Vietnamese syllables (specks and strokes are not)."""
    return [w for line in read for w in line if len(w.text) >= 2 and w.text.isalpha() and is_syllable(w.text)]


def fill_holes(path: str, index: int, height: float, lines: list[list[Word]]) -> bool:
    """Read the holes of a scanned first page's top half again and put the words found into
    Tesseract's lines (``lines``, in place). True when a word was added."""
    if ocr.unavailable() is not None:
        return False
    changed = False
    for line in lines:
        for a, b in holes(line, height):
            size = max(a.height, b.height)
            box = (a.x1 - 1, min(a.top, b.top) - 0.2 * size, b.x0 + 1, max(a.bottom, b.bottom) + 0.2 * size)
            found = found_words(ocr.region_words(path, index, box, PSM))
            if found:
                line.extend(found)
                changed = True
        if changed:
            line.sort(key=lambda w: w.x0)
    return changed
