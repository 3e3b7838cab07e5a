"""A short scan's second readings: the same pixels are not read twice, and a region is read
without Tesseract's inverted second tries."""

from __future__ import annotations

from pathlib import Path

import pytest

from plankb.extractors.readers import ocr

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ROOT / "tests" / "fixtures" / "renderings"
needs_ocr = pytest.mark.skipif(ocr.unavailable() is not None, reason=f"no OCR engine: {ocr.unavailable()}")


def test_the_same_pixels_are_read_once(monkeypatch):
    read = []

    def tsv(image, psm, invert=True):
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
    grey = ocr._crop(path, 0, box, None, False, ocr.DPI)
    red = ocr._crop(path, 0, box, None, True, ocr.DPI)
    calls = []
    real = ocr._tesseract_tsv
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, psm="3", invert=True: calls.append(psm) or real(image, psm, invert))
    plain, in_red = ocr.read_regions(path, 0, [(box, "6", None, False), (box, "6", None, True)])
    assert any(plain)
    assert len(calls) == (1 if grey.tobytes() == red.tobytes() else 2)
    if grey.tobytes() == red.tobytes():
        assert in_red == plain



@needs_ocr
def test_a_region_is_read_as_the_command_reads_it_without_inverted_tries(shared):
    """Without its inverted second tries, the engine kept loaded reads a signature block as the
    command with ``-c tessedit_do_invert=0`` does, and a reading after it is again the command's."""
    from plankb.extractors.readers import ocr_cache, ocr_engine

    engine = ocr_engine.engine(ocr.LANG, ocr_cache.engine_version())
    path = shared / "real-pdfs" / "00001.pdf"
    if engine is None or not path.exists():
        pytest.skip("no Tesseract library, or 00001.pdf is not in ../shared/real-pdfs")
    image = ocr.png(ocr._crop(str(path), 2, (270, 229, 589, 509), None, False, ocr.DPI))  # a seal, a signature, recipients

    def command(*options):
        return ocr.subprocess.run(["tesseract", "stdin", "stdout", "-l", ocr.LANG, "--psm", "6", *options, "tsv"], input=image,
                                  capture_output=True, env={**ocr.os.environ, "OMP_THREAD_LIMIT": "1"}).stdout.decode()

    without = engine.tsv(image, "6", 60, invert=False)
    assert without == command("-c", "tessedit_do_invert=0")
    assert engine.tsv(image, "6", 60) == command() != without
