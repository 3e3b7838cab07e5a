"""A short scan's second readings: a region's pixels are those of the whole page's rendering
without rendering the whole page again, and the same pixels are not read twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from plankb.extractors.readers import ocr

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ROOT / "tests" / "fixtures" / "renderings"
needs_ocr = pytest.mark.skipif(ocr.unavailable() is not None, reason=f"no OCR engine: {ocr.unavailable()}")


def _parts_and_crops(path: str, scale: float, grayscale: bool):
    ocr._RENDERED.clear()
    ocr._PART.clear()
    boxes = [(0.45 * 595, 100.3, 0.98 * 595, 380.7), (270, 229, 589, 509), (40.6, 40.2, 300.5, 80.5), (500.0, 700.0, 700.0, 900.0)]  # the last one past the page's edge
    parts = [ocr.page_part(path, 0, scale, box, grayscale) for box in boxes]
    assert not ocr._RENDERED  # only the parts were rendered
    whole = ocr.page_image(path, 0, scale, grayscale)
    crops = [whole.crop(tuple(round(v * scale) for v in box)) for box in boxes]
    assert ocr.page_part(path, 0, scale, boxes[0], grayscale).tobytes() == crops[0].tobytes()  # now cut from the kept page
    for part, crop in zip(parts, crops):
        assert part.size == crop.size and part.mode == crop.mode
    return parts, crops


@pytest.mark.parametrize("grayscale", [True, False])
def test_page_part_of_a_scan_has_the_whole_pages_pixels(shared, grayscale):
    for name in ("00001.pdf", "00003.pdf"):
        path = shared / "real-pdfs" / name
        if not path.exists():
            pytest.skip(f"{name} is not in ../shared/real-pdfs")
        parts, crops = _parts_and_crops(str(path), ocr.DPI / 72, grayscale)
        assert [p.tobytes() for p in parts] == [c.tobytes() for c in crops]


@pytest.mark.parametrize("grayscale", [True, False])
def test_page_part_of_drawn_text_is_the_whole_pages_but_for_its_smoothing(grayscale):
    """Glyphs drawn from a font are smoothed a little differently when the part starts elsewhere
    than the page: a level or two of grey at their edges, nothing a reading sees."""
    import numpy as np

    parts, crops = _parts_and_crops(str(sorted(RENDERINGS.glob("*.pdf"))[0]), ocr.DPI / 72, grayscale)
    for part, crop in zip(parts, crops):
        assert np.abs(np.asarray(part, dtype=int) - np.asarray(crop, dtype=int)).max() <= 2


def test_the_same_pixels_are_read_once(monkeypatch):
    read = []

    def tsv(image, psm):
        read.append((image, psm))
        return f"{psm}:{image.decode()}"

    monkeypatch.setattr(ocr, "_tesseract_tsv", tsv)
    monkeypatch.setattr(ocr, "_engine", lambda: object())
    seen: dict[str, str] = {}
    assert ocr._tesseract_tsvs([b"grey", b"red", b"grey"], "6", seen) == ["6:grey", "6:red", "6:grey"]
    assert read == [(b"grey", "6"), (b"red", "6")]
    assert ocr._tesseract_tsvs([b"grey"], "11", seen) == ["11:grey"]  # another page segmentation: read
    assert ocr._tesseract_tsvs([b"red"], "6", seen) == ["6:red"] and len(read) == 3  # read before: not again


@needs_ocr
def test_red_channel_of_a_grey_page_is_not_read_again(monkeypatch):
    """A page without colour: its red channel is its grey, so the red reading is the grey one's."""
    monkeypatch.delenv("PLANKB_OCR_CACHE", raising=False)
    path = str(sorted(RENDERINGS.glob("*.pdf"))[0])
    box = (40, 40, 300, 200)
    ocr._READ.clear()
    ocr._RENDERED.clear()
    grey = ocr.page_part(path, 0, ocr.DPI / 72, box)
    red = ocr.page_part(path, 0, ocr.DPI / 72, box, grayscale=False).convert("RGB").getchannel("R")
    calls = []
    real = ocr._tesseract_tsv
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, psm="3": calls.append(psm) or real(image, psm))
    plain, in_red = ocr.read_regions(path, 0, [(box, "6", None, False), (box, "6", None, True)])
    assert any(plain)
    assert len(calls) == (1 if grey.tobytes() == red.tobytes() else 2)
    if grey.tobytes() == red.tobytes():
        assert in_red == plain

