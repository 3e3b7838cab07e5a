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

The issuer's lines in the header's left column are centred on one another ("ỦY BAN NHÂN DÂN" over
"TỈNH PHÚ THỌ"). A line in capitals whose middle stands well off the middle of the line in capitals
above it has lost a word at one end (a fold or a ruled line of the scan crossing "TỈNH"): the line
is read again with room for what is missing, and the syllables read there go into it.
"""

from __future__ import annotations

import unicodedata

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


_PLAIN = ".,;:()\"'“”‘’-–—|*"  # punctuation between words, a ruled line's stroke, the star under a Party issuer
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


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def one_tone_mark(word: str) -> str | None:
    """A word read with the same tone mark twice ("tạị": a speck of the stamp read as a second dot)
    as the syllable it is with the mark once ("tại"), or None."""
    letters = unicodedata.normalize("NFD", word)
    marks = [k for k, ch in enumerate(letters) if ch in _TONE_MARKS]
    if len(marks) < 2:
        return None
    if len({letters[k] for k in marks}) > 1:
        return None  # two different tones: which one the word bears is not known
    # the same mark twice: the syllable keeps the first ("tạị" is "tại", not the "taị" of another spelling)
    first = unicodedata.normalize("NFC", "".join(ch for k, ch in enumerate(letters) if k not in marks[1:]))
    return first if is_syllable(first.rstrip(",.;:")) else None


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
            text = one_tone_mark(text)
            if text is None:
                return None
        found.append(Word(w.x0, w.x1, w.top, w.bottom, text))
    size = max((w.bottom - w.top for w in found), default=0.0)
    if any(w.x1 > right + size / 2 or w.x0 < left - size / 2 for w in found):
        return None  # a neighbour read again, not the damaged word
    return found or None


def mend_damaged(path: str, index: int, height: float, lines: list[list[Word]]) -> bool:
    """Read the lines of a scanned first page's top half that hold a damaged word again, as one
    line each, and put the syllables read in place of the damaged words (``lines``, in place).
    True when a word was replaced."""
    if ocr.unavailable() is not None:
        return False
    todo = _damaged_lines(lines, height)
    reads = ocr.read_regions(path, index, [(box, PSM, None, False) for _line, _bad, box in todo])
    changed = False
    for (line, bad, box), read in zip(todo, reads):
        words = sorted(line, key=lambda w: w.x0)
        for k in reversed(bad):
            left = words[k - 1].x1 if k else box[0]
            right = words[k + 1].x0 if k + 1 < len(words) else box[2]
            new = replacement(read, left, right)
            if new:
                words[k : k + 1] = new
                changed = True
        line[:] = words
    return changed


def _damaged_lines(lines: list[list[Word]], height: float) -> list[tuple[list[Word], list[int], tuple[float, float, float, float]]]:
    """(line, indexes of its damaged words, the band to read it again in) for each line holding a damaged word."""
    out = []
    for line in lines:
        bad = damaged(line, height)
        if not bad:
            continue
        words = sorted(line, key=lambda w: w.x0)
        size = _size(words)
        body = [w for w in words if w.height <= 1.5 * size]  # a tall remnant would widen the band into the stamp
        top, bottom = min(w.top for w in body), max(w.bottom for w in body)
        out.append((line, bad, (max(0.0, words[0].x0 - 2 * size), top - 0.4 * size, words[-1].x1 + 2, bottom + 0.4 * size)))
    return out


HEADER_SHARE = 0.25  # the issuer's lines stand in the top quarter of the first page
GUTTER = 3.0  # the gap between the header's columns, in line heights (a space is a third of one)
OFF_CENTRE = 1.2  # a word of capitals is wider than this many line heights; centring is closer


def _size(words: list[Word]) -> float:
    """The line's height: its words' middle height (a tall remnant or a speck does not move it)."""
    return sorted(w.height for w in words)[len(words) // 2]


def _letters(line: list[Word]) -> list[Word]:
    return sorted((w for w in line if any(ch.isalpha() for ch in w.text)), key=lambda w: w.x0)


def _left_column(line: list[Word], width: float) -> list[Word]:
    """The words of a line in the header's left column: up to the gutter (a gap of several line
    heights), when they end in the page's left half."""
    words = _letters(line)
    if not words:
        return []
    size = _size(words)
    end = next((k for k, (a, b) in enumerate(zip(words, words[1:]), 1) if b.x0 - a.x1 > GUTTER * size), len(words))
    return words[:end] if words[end - 1].x1 <= 0.5 * width else []


def _capitals(words: list[Word]) -> bool:
    return len(words) >= 2 and all(w.text.strip(_EDGE).isupper() for w in words)


def off_centre(lines: list[list[Word]], width: float, height: float) -> list[tuple[int, float, float]]:
    """(index of the line, left, right) for each header line in capitals, in the left column,
    whose middle stands off the middle of the line in capitals right above it: the band between
    left and right (beyond one of its ends) is where its lost word stood."""
    out = []
    columns = [_left_column(line, width) for line in lines]  # Tesseract's lines may run across both columns
    for k, words in enumerate(columns):
        if not _capitals(words) or words[0].top > HEADER_SHARE * height:
            continue
        size = sorted(w.height for w in words)[(len(words) - 1) // 2]  # the lower middle: an accent makes a capital taller
        above = [ws for ws in columns if _capitals(ws) and 0 < words[0].top - ws[0].top < 2.5 * size]
        if not above:
            continue
        over = max(above, key=lambda ws: ws[0].top)
        shift = (words[0].x0 + words[-1].x1) / 2 - (over[0].x0 + over[-1].x1) / 2
        if abs(shift) < OFF_CENTRE * size:
            continue
        if shift > 0:  # the line leans right: its first word is lost
            out.append((k, words[0].x0 - 2 * shift - size, words[0].x0))
        else:
            out.append((k, words[-1].x1, words[-1].x1 - 2 * shift + size))
    return out


def fill_line_ends(path: str, index: int, width: float, height: float, lines: list[list[Word]]) -> bool:
    """Read the header lines in capitals that lost a word at one end again, the line with the band
    where the word stood, and put the syllables in capitals read in that band into the line
    (``lines``, in place). True when a word was added."""
    if ocr.unavailable() is not None:
        return False
    todo = []
    for k, left, right in off_centre(lines, width, height):
        words = _left_column(lines[k], width)
        size = _size(words)
        box = (max(0.0, min(left, words[0].x0)), min(w.top for w in words) - 0.3 * size,
               min(width, max(right, words[-1].x1)), max(w.bottom for w in words) + 0.3 * size)
        todo.append((k, left, right, box))
    reads = ocr.read_regions(path, index, [(box, PSM, None, False) for *_band, box in todo])
    changed = False
    for (k, left, right, _box), read in zip(todo, reads):
        found = [w for w in (w for ln in read for w in ln) if left - 1 < (w.x0 + w.x1) / 2 < right + 1 and w.text.strip(_EDGE)]
        texts = [w.text.strip(_EDGE) for w in found]
        if found and all(t.isupper() and is_syllable(t) for t in texts):
            lines[k].extend(Word(w.x0, w.x1, w.top, w.bottom, t) for w, t in zip(found, texts))
            lines[k].sort(key=lambda w: w.x0)
            changed = True
    return changed


def fill_holes(path: str, index: int, height: float, lines: list[list[Word]]) -> bool:
    """Read the holes of a scanned first page's top half again and put the words found into
    Tesseract's lines (``lines``, in place). True when a word was added. The lines ``mend_damaged``
    reads next are read in the same Tesseract process (ocr.read_regions keeps them): a word found
    in a hole is a syllable, which leaves a line's damaged words and most often its band as they were."""
    if ocr.unavailable() is not None:
        return False
    boxes = []
    for line in lines:
        for a, b in holes(line, height):
            size = max(a.height, b.height)
            boxes.append((a.x1 - 1, min(a.top, b.top) - 0.2 * size, b.x0 + 1, max(a.bottom, b.bottom) + 0.2 * size))
    if not boxes:
        return False
    ahead = [box for _line, _bad, box in _damaged_lines(lines, height)]
    reads = iter(ocr.read_regions(path, index, [(box, PSM, None, False) for box in [*boxes, *ahead]]))
    changed = False
    for line in lines:
        for _hole in holes(line, height):
            found = found_words(next(reads))
            if found:
                line.extend(found)
                changed = True
        if changed:
            line.sort(key=lambda w: w.x0)
    return changed
