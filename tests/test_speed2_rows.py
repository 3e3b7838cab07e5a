"""Rows of single words (the PDF reader's case) take a shorter path in build_rows: the same rows
as the general one, which a distinct block for each word forces (no two blocks are alike, so no
merge is refused)."""

from __future__ import annotations

import random

from plankb.extractors.readers.positioned import Word, build_rows


def _words(rng: random.Random) -> list[Word]:
    out = []
    for _ in range(rng.randint(1, 120)):
        top = rng.choice([rng.uniform(0, 800), round(rng.uniform(0, 800) / 14) * 14])
        height = rng.choice([10.0, 12.0, rng.uniform(4, 30)])
        x0 = rng.uniform(0, 550)
        out.append(Word(x0, x0 + rng.uniform(2, 60), top, top + height, rng.choice(["Giao", "Sở", "1.", "ngày", "21"])))
    return out


def test_single_words_make_the_general_paths_rows():
    rng = random.Random(3)
    for _ in range(300):
        words = _words(rng)
        fast = build_rows([[w] for w in words])
        general = build_rows([[w] for w in words], list(range(len(words))))
        assert [(r.text(), r.top, r.x0) for r in fast] == [(r.text(), r.top, r.x0) for r in general]
