"""Words Tesseract dropped from a scanned title, read again on their own.

Reading a whole page, Tesseract gives a word it is unsure of a very low confidence ("duyệt" at 9
of 100 beside words at 96) or reads a word and the specks under it as something else entirely
("bảng." at 0 for "Trung"), and such words are dropped as specks: the title's line is left with
a hole a word wide ("Phê _ Quy hoạch", "vùng Bắc _ Bộ"). Read alone, as one line of text, the
hole is read well. So in the top half of the first page (where the type name and the title
stand), a hole between two words of one OCR line, wider than the spaces of a line and narrower
than the gap between the header's two columns, is read again; the Vietnamese syllables found in
it go into the line. A hole where nothing reads as a syllable stays as it is.

A word can also be left damaged rather than dropped: the arrival stamp a portal presses on the
page's left ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ / ĐẾN ... Ngày ...") often overlaps the first word
of a title line, and Tesseract, taking the stamp and the line for one picture, reads a broken
remnant ("t luận của" for "Kết luận của", "¡ buổi" for "tại buổi"). The line read again on its
own, as one line of text, reads the word whole: a damaged word among syllables (a letter or a sign
that is no syllable) gives way to the syllables read in its place.
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


_PLAIN = ".,;:()\"'“”‘’-–—"  # the punctuation a line of text has between its words
_EDGE = ".,;:()\"'“”‘’«»-–—_|!¡?~*+=^`"  # what may stick to a word read beside a stamp's border


def damaged(line: list[Word], height: float) -> list[int]:
    """The indexes of the damaged words of one OCR line of text in the page's top half: no
    syllable, no number or code (a sign, a letter alone, a remnant), among at least three syllables."""
    words = sorted(line, key=lambda w: w.x0)
    if not words or words[0].top > TOP_SHARE * height:
        return []
    if sum(1 for w in words if is_syllable(w.text.strip(_EDGE))) < 3:
        return []  # specks, a stamp's letters, a line of codes: nothing to read again
    out = []
    for k, w in enumerate(words):
        core = w.text.strip(_EDGE)
        if any(ch.isdigit() or ch in "/&" for ch in core) or (len(core) > 1 and core.isupper()):
            continue  # numbers, symbols and abbreviations ("UBND") are no syllables either
        if not core and all(ch in _PLAIN for ch in w.text):
            continue  # a dash or a bracket standing between words
        if not is_syllable(core):
            out.append(k)
    return out


def replacement(read: list[list[Word]], left: float, right: float) -> list[Word] | None:
    """The words of a line's second reading between ``left`` and ``right`` (the damaged word's
    neighbours), stripped of the stamp's strokes; None unless they are all syllables."""
    found = []
    for w in (w for ln in read for w in ln):
        middle = (w.x0 + w.x1) / 2
        if not left < middle < right:
            continue
        text = w.text.lstrip(_EDGE).rstrip(_EDGE.replace(",", "").replace(".", "").replace(";", "").replace(":", ""))
        if not text:
            continue
        if not is_syllable(text.rstrip(",.;:")):
            return None
        found.append(Word(w.x0, w.x1, w.top, w.bottom, text))
    return found or None


def mend_damaged(path: str, index: int, height: float, lines: list[list[Word]]) -> bool:
    """Read the lines of a scanned first page's top half that hold a damaged word again, as one
    line each, and put the syllables read in place of the damaged words (``lines``, in place).
    True when a word was replaced."""
    if ocr.unavailable() is not None:
        return False
    changed = False
    for line in lines:
        bad = damaged(line, height)
        if not bad:
            continue
        words = sorted(line, key=lambda w: w.x0)
        size = sorted(w.height for w in words)[len(words) // 2]
        body = [w for w in words if w.height <= 1.5 * size]  # a tall remnant would widen the band into the stamp
        top, bottom = min(w.top for w in body), max(w.bottom for w in body)
        box = (max(0.0, words[0].x0 - 2 * size), top - 0.4 * size, words[-1].x1 + 2, bottom + 0.4 * size)
        read = ocr.region_words(path, index, box, PSM)
        for k in reversed(bad):
            left = words[k - 1].x1 if k else box[0]
            right = words[k + 1].x0 if k + 1 < len(words) else box[2]
            new = replacement(read, left, right)
            if new:
                words[k : k + 1] = new
                changed = True
        line[:] = words
    return changed


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
