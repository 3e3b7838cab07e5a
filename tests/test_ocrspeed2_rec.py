"""The recognizer of blanks (ocr_lines.Recognizer, its ONNX model loaded directly) reads a crop
as rapidocr_onnxruntime's RapidOCR reads it without its detector: the same text and confidence,
crop by crop, for PP-OCRv5's recognizer and v4's, on line-sized and odd-sized crops."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from plankb.extractors.readers import ocr_lines

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ROOT / "tests" / "fixtures" / "renderings"


def _rapidocr(version: str):
    from rapidocr_onnxruntime import RapidOCR

    if version == "v5":
        model, keys = ocr_lines._v5_files()
        return RapidOCR(rec_model_path=model, rec_keys_path=keys, intra_op_num_threads=1, inter_op_num_threads=1)
    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)


def _crops(count: int) -> list:
    """Crops of rendered pages: lines of text, thin strips, tall blocks, a sliver over 2000 pixels."""
    import numpy as np

    from plankb.extractors.readers.pdf_chars import render

    rng = random.Random(7)
    crops = []
    for path in sorted(RENDERINGS.glob("*.pdf"))[:3]:
        page = render(str(path), 0, ocr_lines.SLOT_DPI / 72, grayscale=False).convert("RGB")
        for _ in range(count):
            x0, y0 = rng.randrange(0, page.width // 2), rng.randrange(0, page.height - 200)
            width, height = rng.choice([(rng.randrange(100, 1200), rng.randrange(30, 90)), (rng.randrange(20, 300), rng.randrange(4, 29)),
                                        (rng.randrange(30, 200), rng.randrange(100, 190))])
            crops.append(np.array(page.crop((x0, y0, x0 + width, y0 + height))))
        crops.append(np.array(page.crop((0, 100, page.width, 160))))  # wider than 2000 pixels
    return crops


@pytest.mark.skipif(ocr_lines.slots_unavailable() is not None or ocr_lines.unavailable() is not None, reason="no PP-OCR recognizers")
@pytest.mark.parametrize("version", ["v5", "v4"])
def test_a_crop_reads_as_rapidocr_reads_it_alone(version):
    engine, recognizer = _rapidocr(version), ocr_lines._recognizer(version)
    read = 0
    for crop in _crops(8):
        found, _elapsed = engine(crop, use_det=False, use_cls=False, use_rec=True)
        text, confidence = recognizer(crop)
        assert (text, confidence) == (found[0][0], float(found[0][1]))
        read += bool(text)
    assert read >= 6  # crops with text in them, not only empty readings
