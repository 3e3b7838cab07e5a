"""Tesseract kept loaded in the process (ocr_engine) reads a crop as the ``tesseract`` command
reads it: the same TSV, byte for byte, whatever the page segmentation."""

from __future__ import annotations

from pathlib import Path

import pytest

from plankb.extractors.readers import ocr, ocr_cache, ocr_engine

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ROOT / "tests" / "fixtures" / "renderings"


def _engine():
    return None if ocr.unavailable() else ocr_engine.engine(ocr.LANG, ocr_cache.engine_version())


needs_engine = pytest.mark.skipif(_engine() is None, reason="no Tesseract library to load (or not the command's version)")


@needs_engine
@pytest.mark.parametrize("psm, red", [("6", False), ("7", False), ("11", True), ("3", False)])
def test_a_crop_reads_as_the_command_reads_it(psm, red):
    path = str(sorted(RENDERINGS.glob("*.pdf"))[0])
    for box in ((40, 40, 300, 80), (40, 80, 560, 300), (300, 600, 560, 800), (0, 0, 2, 2)):
        image = ocr.png(ocr._crop(path, 0, box, None, red, ocr.DPI))
        command = ocr.subprocess.run(["tesseract", "stdin", "stdout", "-l", ocr.LANG, "--psm", psm, "tsv"], input=image,
                                     capture_output=True, env={**ocr.os.environ, "OMP_THREAD_LIMIT": "1"}).stdout.decode()
        assert _engine().tsv(image, psm, 60) == command


@needs_engine
def test_regions_are_read_in_the_process_unless_told_otherwise(monkeypatch):
    monkeypatch.delenv("PLANKB_OCR_CACHE", raising=False)
    path = str(sorted(RENDERINGS.glob("*.pdf"))[0])
    regions = [((40, 40, 300, 80), "7", None, False), ((40, 40, 300, 200), "6", None, False)]
    started = []
    run = ocr.subprocess.run
    monkeypatch.setattr(ocr.subprocess, "run", lambda args, *a, **k: started.append(args[0]) or run(args, *a, **k))
    ocr._READ.clear()
    loaded = ocr.read_regions(path, 0, regions)
    assert started == [] and any(loaded)
    monkeypatch.setenv(ocr_engine.ENV, "0")
    ocr._READ.clear()
    assert ocr.read_regions(path, 0, regions) == loaded and started == ["tesseract", "tesseract"]


def test_an_image_that_is_no_image_fails_as_the_command_fails_and_quietly(capfd):
    engine = _engine()
    if engine is None:
        pytest.skip("no Tesseract library")
    with pytest.raises(OSError):
        engine.tsv(b"not an image", "7", 60)
    assert capfd.readouterr().err == ""  # Leptonica's "Error in pixReadMem" went to the command's captured stderr


@needs_engine
def test_a_whole_page_reads_as_the_command_reads_its_tiff(monkeypatch):
    path = str(sorted(RENDERINGS.glob("*.pdf"))[1])
    loaded = ocr.page_tsv(path, 0)
    monkeypatch.setenv(ocr_engine.ENV, "0")
    assert ocr.page_tsv(path, 0) == loaded and "\t" in loaded.splitlines()[-1]
