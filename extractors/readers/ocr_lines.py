"""A second OCR engine for the parts of a scan Tesseract reads worst: the number and the day
written by hand into the blanks of "Số: .../QĐ-TTg" and "ngày ... tháng ... năm", and the lines
of a signature block that a seal and a signature cross.

PP-OCR (the ``rapidocr_onnxruntime`` package, whose models ship inside the wheel: nothing is
fetched at run time) finds text lines with a trained detector and reads them with a recognizer
trained on varied print and handwriting; it has no Vietnamese marks, so it is used to find lines
and to read digits, while Tesseract's Vietnamese model keeps the words. Without the package
nothing changes: the page stands as Tesseract read it.
"""

from __future__ import annotations

import json
from functools import lru_cache

from plankb.extractors.readers import ocr_cache
from plankb.extractors.readers.ocr import page_image

DPI = 200  # the detector's lines and the recognizer's 48-pixel rows need no more
SETTINGS = f"rapidocr dpi={DPI}"


@lru_cache(maxsize=1)
def unavailable() -> str | None:
    """Why the second engine cannot run here, or None when it can."""
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except Exception as exc:  # ImportError, or a broken onnxruntime/OpenCV install
        return f"rapidocr_onnxruntime is not usable ({type(exc).__name__}: {exc})"
    return None


@lru_cache(maxsize=1)
def _engine():
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)


Line = tuple[tuple[float, float, float, float], str, float]  # box in page points, text, confidence


def read_lines(path: str, index: int, box: tuple[float, float, float, float]) -> list[Line]:
    """The text lines the second engine finds in ``box`` (x0, top, x1, bottom in PDF points) of one
    page, top to bottom, with their boxes in page points. Cached like Tesseract's pages."""
    settings = f"{SETTINGS} box={','.join(f'{v:.0f}' for v in box)}"
    directory = ocr_cache.cache_dir()
    entry = ocr_cache.entry(directory, ocr_cache.file_digest(path), index, settings) if directory else None
    cached = ocr_cache.load(entry) if entry else None
    if cached is not None:
        try:
            return [(tuple(b), t, c) for b, t, c in json.loads(cached)]
        except (ValueError, TypeError):
            pass
    lines = _read(path, index, box)
    if entry:
        ocr_cache.store(entry, json.dumps(lines, ensure_ascii=False))
    return lines


def _read(path: str, index: int, box: tuple[float, float, float, float]) -> list[Line]:
    import numpy as np
    scale = DPI / 72
    crop = page_image(path, index, scale, grayscale=False).crop(tuple(round(v * scale) for v in box)).convert("RGB")
    found, _elapsed = _engine()(np.array(crop))
    lines = []
    for points, text, confidence in found or []:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        lines.append(((box[0] + min(xs) / scale, box[1] + min(ys) / scale, box[0] + max(xs) / scale, box[1] + max(ys) / scale),
                      text, float(confidence)))
    return sorted(lines, key=lambda ln: (ln[0][1], ln[0][0]))
