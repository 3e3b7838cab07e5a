"""Made-up OCR page words for tests of the scan readers: an A4 page in points and a line of words
laid out left to right, each 7 points a letter, 4 points apart."""

from __future__ import annotations

from plankb.extractors.readers.positioned import Word

WIDTH, HEIGHT = 595.0, 842.0


def line_words(x: float, top: float, text: str, size: float = 13.0) -> list[Word]:
    words, at = [], x
    for token in text.split():
        words.append(Word(at, at + 7 * len(token), top, top + size, token))
        at += 7 * len(token) + 4
    return words
