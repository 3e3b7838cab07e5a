"""Files whose text layer is another engine's OCR: an invisible text layer over a picture of each
page. Made here from born-digital renderings: each page rendered to a picture laid over it, its
text left in place but made invisible (text render mode 3), as scanners' "searchable PDF" writes."""

from __future__ import annotations

import ctypes
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from plankb.extractors.readers import ocr, ocr_layer
from plankb.extractors.readers import pdf as pdf_reader

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ROOT / "tests" / "fixtures" / "renderings"
# Four pages: the signature block ("Nơi nhận") on the third, an annex on the fourth.
WITH_ANNEX = RENDERINGS / "003_524886199a6639b2.pdf"
SHARED_SCANS = ROOT.parent / "shared" / "real-pdfs"

needs_ocr = pytest.mark.skipif(ocr.unavailable() is not None, reason="Tesseract with the Vietnamese model is not installed")


def scanned_copy(source: Path, target: Path, *, invisible: bool = True, picture: bool = True, pages: int | None = None,
                 unmarked: int | None = None) -> Path:
    """``source`` with each page's picture laid over it (when ``picture``) and its text made
    invisible (when ``invisible``); only its first ``pages`` pages when given; with ``unmarked``,
    every so many lines of the layer lose their marks, as an engine that knew no Vietnamese
    reads them."""
    pdf = pdfium.PdfDocument(str(source))
    if pages is not None:
        for index in reversed(range(pages, len(pdf))):
            pdf.del_page(index)
    for index in range(len(pdf)):
        page = pdf[index]
        width, height = page.get_size()
        bitmap = page.render(scale=150 / 72, grayscale=True)
        if unmarked:
            _lose_marks(page, unmarked)
        if invisible:
            for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,), max_depth=1):
                pdfium_c.FPDFTextObj_SetTextRenderMode(obj.raw, 3)
        if picture:
            image = pdfium.PdfImage.new(pdf)
            image.set_bitmap(bitmap)
            image.set_matrix(pdfium.PdfMatrix().scale(width, height))
            page.insert_obj(image)
        page.gen_content()
    pdf.save(str(target))
    return target


def _lose_marks(page, every: int) -> None:
    textpage = page.get_textpage()
    try:
        for k, obj in enumerate(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,), max_depth=1)):
            if k % every:
                continue
            size = pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
            buffer = ctypes.create_string_buffer(size)
            pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size)
            text = buffer.raw.decode("utf-16-le").rstrip("\x00")
            bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
            data = ctypes.c_char_p((bare + "\x00").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(obj.raw, ctypes.cast(data, pdfium_c.FPDF_WIDESTRING))
    finally:
        textpage.close()


def test_an_invisible_layer_over_a_page_picture_is_an_ocr_layer(tmp_path):
    made = scanned_copy(WITH_ANNEX, tmp_path / "scan.pdf")
    assert pdf_reader.page_layers(made) == ["ocr-layer"] * 4
    # the fall-back reader (pdfplumber) judges the pages alike
    assert [p.layer for p in pdf_reader._read_with_pdfplumber(made, [], made.read_bytes())] == ["ocr-layer"] * 4


def test_born_digital_pages_are_text(tmp_path):
    """Drawn text is never an OCR layer, even over a picture of the whole page (a certificate's
    background); invisible text without such a picture is not one either."""
    assert set(pdf_reader.page_layers(WITH_ANNEX)) == {"text"}
    assert set(pdf_reader.page_layers(scanned_copy(WITH_ANNEX, tmp_path / "background.pdf", invisible=False))) == {"text"}
    assert set(pdf_reader.page_layers(scanned_copy(WITH_ANNEX, tmp_path / "hidden.pdf", picture=False))) == {"text"}
    for path in sorted(RENDERINGS.glob("*.pdf")):
        assert set(pdf_reader.page_layers(path)) == {"text"}, path.name


def test_an_ocr_layer_that_lost_marks_is_read_again_whole(tmp_path):
    """A layer that passes the check of a text layer, but loses the marks of a line in three:
    not trusted as another engine's OCR, so every page is OCR'd (as garbage is)."""
    from plankb.extractors.syllables import text_quality

    made = scanned_copy(WITH_ANNEX, tmp_path / "scan.pdf", unmarked=3)
    document = pdfium.PdfDocument(str(made))
    quality = text_quality(document[0].get_textpage().get_text_range())
    document.close()
    assert quality.usable and not ocr_layer.trusted(quality)
    assert pdf_reader.page_layers(made) == ["garbage"] * 4
    typed = scanned_copy(WITH_ANNEX, tmp_path / "typed.pdf", unmarked=3, invisible=False, picture=False)
    assert set(pdf_reader.page_layers(typed)) == {"text"}  # a typed text is not held to that bar


def test_image_share():
    document = pdfium.PdfDocument(str(WITH_ANNEX))
    assert ocr_layer.image_share(document[0]) < 0.05


def _asked_pages(monkeypatch) -> list[list[int]]:
    """What the reader asks OCR for; each page "fails", so the file's own layer stands."""
    asked = []

    def fake(path, indexes, **kwargs):
        asked.append(sorted(indexes))
        return {i: RuntimeError("not run in this test") for i in indexes}

    monkeypatch.setattr(ocr, "unavailable", lambda: None)
    monkeypatch.setattr(ocr, "ocr_pages", fake)
    return asked


def test_the_first_and_the_signing_page_are_read_again(tmp_path, monkeypatch):
    asked = _asked_pages(monkeypatch)
    source = pdf_reader.read(scanned_copy(WITH_ANNEX, tmp_path / "scan.pdf"))
    assert asked == [[0, 2]]  # the annex after the signature is not
    assert source.meta["page_layers"] == ["ocr-layer"] * 4
    assert source.meta["page_kinds"] == ["text"] * 4  # OCR failed: the layer is read as it is
    assert "Nơi nhận" in source.text


def test_without_a_signature_block_the_last_page_is_read_again(tmp_path, monkeypatch):
    asked = _asked_pages(monkeypatch)
    pdf_reader.read(scanned_copy(WITH_ANNEX, tmp_path / "scan.pdf", pages=2))
    assert asked == [[0, 1]]


def test_born_digital_is_never_ocrd(monkeypatch):
    asked = _asked_pages(monkeypatch)
    source = pdf_reader.read(WITH_ANNEX)
    assert asked == [] and source.meta["page_kinds"] == ["text"] * 4


def test_a_usable_layer_stands_without_tesseract(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "unavailable", lambda: "Tesseract is not installed")
    source = pdf_reader.read(scanned_copy(WITH_ANNEX, tmp_path / "scan.pdf"))
    assert source.meta["page_kinds"] == ["text"] * 4
    assert not any(code == "ocr-unavailable" for code, _ in source.warnings)  # nothing is missing
    assert "KẾ HOẠCH" in source.text


def test_a_worse_reading_leaves_the_layer(tmp_path, monkeypatch):
    from plankb.extractors.readers.positioned import Word

    garbage = [[Word(50 + 40 * k, 85 + 40 * k, 100 + 20 * n, 112 + 20 * n, "xqzt") for k in range(8)] for n in range(6)]
    monkeypatch.setattr(ocr, "unavailable", lambda: None)
    monkeypatch.setattr(ocr, "ocr_pages", lambda path, indexes, **kw: {i: (garbage, [1] * len(garbage)) for i in indexes})
    source = pdf_reader.read(scanned_copy(WITH_ANNEX, tmp_path / "scan.pdf", pages=1))
    assert source.meta["page_kinds"] == ["text"]
    assert "xqzt" not in source.text and "KẾ HOẠCH" in source.text
    assert [code for code, _ in source.warnings] == ["ocr-worse"]


@needs_ocr
def test_ocr_replaces_the_layer_of_the_first_page(tmp_path, monkeypatch):
    # the second looks at the blanks and the signature block are other tests' matter (and seconds)
    monkeypatch.setattr(pdf_reader, "_blanks_again", lambda *args: None)
    monkeypatch.setattr(pdf_reader, "_signer_under_seal", lambda *args: None)
    made = scanned_copy(WITH_ANNEX, tmp_path / "scan.pdf", pages=1)
    source = pdf_reader.read(made)
    assert source.meta["page_layers"] == ["ocr-layer"]
    assert source.meta["page_kinds"] == ["ocr"]
    assert "KẾ HOẠCH" in source.text and "Dân vận khéo" in source.text


@pytest.mark.skipif(not SHARED_SCANS.is_dir(), reason="../shared is not present")
def test_shared_scans_are_judged_by_their_layer():
    """Every page of the shared PDFs that is a picture of the whole page is judged an OCR layer
    (usable), garbage or empty; every other page is text (the short files: pdfplumber's tables
    make a long one seconds)."""
    for path in sorted(SHARED_SCANS.glob("*.pdf")):
        document = pdfium.PdfDocument(str(path))
        try:
            if len(document) > 4:
                continue
            pictured = [ocr_layer.image_share(document[i]) >= ocr_layer.PAGE_IMAGE_SHARE for i in range(len(document))]
        finally:
            document.close()
        layers = pdf_reader.page_layers(path)
        for picture, layer in zip(pictured, layers):
            if not picture:
                assert layer == "text", path.name
            else:
                assert layer in ("ocr-layer", "garbage", "empty"), path.name
