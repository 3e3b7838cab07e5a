"""A scan's pages read in parallel by threads of the process that reads the file: each thread with
an engine of its own, kept for the next file; the pages read again stay rendered."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from plankb.extractors.readers import ocr, ocr_cache, ocr_engine

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ROOT / "tests" / "fixtures" / "renderings"


def _engine_or_skip():
    if ocr.unavailable() is not None:
        pytest.skip(f"no OCR engine: {ocr.unavailable()}")
    engine = ocr_engine.engine(ocr.LANG, ocr_cache.engine_version())
    if engine is None:
        pytest.skip("no Tesseract library of the command's version")
    return engine


def test_threads_hold_engines_of_their_own():
    main = _engine_or_skip()
    held, both_in = [], threading.Barrier(2)

    def hold():
        with ocr_engine.checked_out(ocr.LANG, ocr_cache.engine_version()) as engine:
            held.append(engine)
            both_in.wait(timeout=60)  # both hold one at once

    threads = [threading.Thread(target=hold) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(held) == 2 and held[0] is not held[1]
    assert main in held  # the process's own, when free, is one of them
    with ocr_engine.checked_out(ocr.LANG, ocr_cache.engine_version()) as again:
        assert again in held  # kept, not loaded anew


def test_checked_out_without_the_library(monkeypatch):
    monkeypatch.setattr(ocr_engine, "engine", lambda lang, version: None)
    with ocr_engine.checked_out(ocr.LANG, "tesseract_0") as engine:
        assert engine is None  # the caller starts the command


def test_pages_read_in_parallel_as_one_at_a_time(monkeypatch):
    _engine_or_skip()
    monkeypatch.delenv("PLANKB_OCR_CACHE", raising=False)
    path = str(sorted(RENDERINGS.glob("*.pdf"))[0])  # a page typeset from a Word file, three pages
    parallel = ocr.ocr_pages(path, [0, 1], workers=2)
    alone = ocr.ocr_pages(path, [0, 1], workers=1)
    assert set(parallel) == {0, 1} and all(lines for lines, _blocks in parallel.values())
    texts = lambda results: {i: [[w.text for w in line] for line in lines] for i, (lines, _blocks) in results.items()}  # noqa: E731
    assert texts(parallel) == texts(alone)


def test_the_first_page_stays_rendered(monkeypatch, tmp_path):
    rendered = []
    monkeypatch.setattr(ocr, "render", lambda path, index, scale, grayscale=True: rendered.append(index) or f"page {index}")
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4")
    ocr._RENDERED.clear()
    for index in (0, 1, 2):
        ocr.page_image(str(path), index, 300 / 72)
    assert ocr.page_image(str(path), 0, 300 / 72) == "page 0"  # the first page: not rendered again
    assert ocr.page_image(str(path), 2, 300 / 72) == "page 2"  # the last one rendered
    assert rendered == [0, 1, 2]
    ocr.page_image(str(path), 1, 300 / 72)
    assert rendered == [0, 1, 2, 1]  # a page between them was let go
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4")
    ocr.page_image(str(other), 3, 300 / 72)
    assert {k[3] for k in ocr._RENDERED} == {3} and all(k[0] == str(other) for k in ocr._RENDERED)  # another file: its page only
    ocr._RENDERED.clear()


# --- a grey scan is not rendered again in colour --------------------------------------------------


def _scan(tmp_path, mode: str, colour) -> str:
    """A one-page "scan": a picture of a page in ``mode`` ("L" grey, "1" bitonal, "RGB") with a
    dark block where a line of print stands."""
    from PIL import Image, ImageDraw

    image = Image.new(mode, (600, 800), "white")
    ImageDraw.Draw(image).rectangle((100, 200, 400, 230), fill=colour)
    path = tmp_path / f"scan-{mode}.pdf"
    image.save(path, format="PDF", resolution=72)
    return str(path)


def _grey(path: str) -> bool:
    import os

    stat = os.stat(path)
    return ocr.grey_page(path, stat.st_mtime_ns, stat.st_size, 0)


def test_a_grey_or_bitonal_scan_paints_grey_a_colour_one_does_not(tmp_path):
    assert _grey(_scan(tmp_path, "L", 60))
    assert _grey(_scan(tmp_path, "1", 0))
    assert not _grey(_scan(tmp_path, "RGB", (200, 30, 30)))  # a red seal: its red channel is not its grey


def test_a_grey_scan_in_colour_is_its_grey_rendering(tmp_path, monkeypatch):
    import numpy as np

    from plankb.extractors.readers.pdf_chars import render

    path = _scan(tmp_path, "L", 60)
    colour = np.array(render(path, 0, 200 / 72, grayscale=False).convert("RGB"))
    ocr._RENDERED.clear()
    calls = []
    monkeypatch.setattr(ocr, "render", lambda *a, **k: calls.append(k.get("grayscale")) or render(*a, **k))
    grey = ocr.page_image(path, 0, 200 / 72)
    given = ocr.page_image(path, 0, 200 / 72, grayscale=False)
    assert calls == [True]  # rendered once, in grey
    assert np.array_equal(np.array(given.convert("RGB")), colour)  # the pixels a colour rendering has
    assert given is grey
    red = ocr._crop(path, 0, (10, 10, 150, 100), None, True, 200)
    assert red.tobytes() == grey.crop((28, 28, 417, 278)).tobytes()
    ocr._RENDERED.clear()
