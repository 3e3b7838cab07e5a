"""text_quality judges each distinct word once (a cache): it must count as judging every word did."""

from __future__ import annotations

import random

from plankb.extractors.syllables import _WORD, Quality, has_diacritic, is_syllable, text_quality


def _reference(text: str) -> Quality:
    """text_quality as it was written first: every word judged where it stands."""
    words = [w.strip(".,;:!?()[]{}\"'“”‘’«»/-–") for w in _WORD.findall(text)]
    alpha = [w for w in words if len(w) > 1 and w.isalpha() and not (w.isupper() and not is_syllable(w) and not has_diacritic(w))]
    if not alpha:
        return Quality(0, 0.0, 0.0)
    valid = sum(1 for w in alpha if is_syllable(w))
    toned = sum(1 for w in alpha if has_diacritic(w))
    return Quality(len(alpha), valid / len(alpha), toned / len(alpha))


SAMPLES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
    "coNG HOA XA HQr CHtr NGHIA vrET NAM",
    "Số: 21/2024/TT-BGTVT ngày 15 tháng 11 năm 2024 của UBND tỉnh, HĐND (“Kế hoạch”) Kđăm H'Hen Niê",
    "",
    "1 2 3 a b c",
]


def test_cached_judgement_counts_as_before():
    rng = random.Random(7)
    tokens = " ".join(SAMPLES).split() + ["PHó", "Kéẻ", "«đường»", "–", "x-y", "ABC", "Ánh", "oOo", "ĐĐ"]
    texts = SAMPLES + [" ".join(rng.choice(tokens) for _ in range(rng.randint(0, 60))) for _ in range(200)]
    for text in texts:
        assert text_quality(text) == _reference(text), text
