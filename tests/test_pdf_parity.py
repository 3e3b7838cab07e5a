"""Format parity of the two PDF engines: PDFium (pdf_chars, the reader's own) and pdfplumber (the
reader before it, kept for damaged, rotated or offset files) give the same pages: words, rows,
tables, stamps and how each page's text layer is judged."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from plankb.extractors.readers import pdf as pdf_reader
from plankb.extractors.readers import pdf_chars

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = sorted((ROOT / "tests" / "fixtures" / "renderings").glob("*.pdf"))
SHARED = ROOT.parent / "shared"
REAL = sorted((SHARED / "real-pdfs").glob("*.pdf")) + sorted((SHARED / "dev" / "files").glob("*.pdf"))
SHORT = [p for p in REAL if len(pdfium.PdfDocument(p)) <= 8]  # pdfplumber takes a second a page: the short files


def _both(path: Path) -> tuple[list[pdf_reader.Page], list[pdf_reader.Page]]:
    data = path.read_bytes()
    with_pdfium = pdf_reader._read_with_pdfium(path, data)
    assert with_pdfium is not None, f"{path.name}: PDFium left it to pdfplumber"
    return with_pdfium, pdf_reader._read_with_pdfplumber(path, [], data)


def _rows(page: pdf_reader.Page) -> list[str]:
    return [row.text() for row in page.rows]


@pytest.mark.parametrize("path", RENDERINGS, ids=lambda p: p.name)
def test_words_are_pdfplumbers(path):
    document = pdfium.PdfDocument(path)
    with pdfplumber.open(path) as pdf:
        for index, page in enumerate(pdf.pages):
            ours = pdf_chars.words(pdf_chars.page_chars(document[index].get_textpage(), document[index].get_height()))
            theirs = page.extract_words()
            # The same words at the same places (the order of two lines' words may differ where
            # the engines set the lines' heights apart differently).
            assert sorted(w.text for w in ours) == sorted(w["text"] for w in theirs)
            for w in ours:
                assert any(t["text"] == w.text and abs(t["x0"] - w.x0) + abs(t["x1"] - w.x1) < 0.5 for t in theirs), w


@pytest.mark.parametrize("path", RENDERINGS, ids=lambda p: p.name)
def test_renderings_read_the_same(path):
    new, old = _both(path)
    assert [_rows(p) for p in new] == [_rows(p) for p in old]
    assert [[b.lines for b in p.blocks] for p in new] == [[b.lines for b in p.blocks] for p in old]
    assert pdf_reader.read(path).text.startswith(new[0].rows[0].words[0].text)


def test_ruling_and_tables_are_pdfplumbers():
    """The annex table of a rendering: the same ruling lines, the same cells."""
    path = RENDERINGS[0]
    document = pdfium.PdfDocument(path)
    with pdfplumber.open(path) as pdf:
        found = 0
        for index, page in enumerate(pdf.pages):
            height = document[index].get_height()
            rules = pdf_chars.ruling(document[index], height)
            assert (len(rules.rects), len(rules.lines), len(rules.curves)) == (len(page.rects), len(page.lines), len(page.curves))
            chars = pdf_chars.page_chars(document[index].get_textpage(), height)
            ours = pdf_chars.tables(rules, chars, float(page.width), float(height))
            theirs = [(t.bbox, t.extract()) for t in page.find_tables()]
            assert [cells for _, cells in ours] == [cells for _, cells in theirs]
            found += len(ours)
    assert found  # the rendering has its annex table


@pytest.mark.skipif(not SHORT, reason="../shared is not present")
def test_real_pdfs_read_the_same():
    """On the real files: every page's layer, stamps and signatures the same; the rows of nearly
    every born-digital page the same (PDFium keeps a few word breaks pdfplumber lost, e.g.
    "b) Đặt", and loses a few; see the report)."""
    pages = same = 0
    for path in SHORT:
        new, old = _both(path)
        assert [(p.layer, p.needs_ocr) for p in new] == [(p.layer, p.needs_ocr) for p in old], path.name
        assert [(p.stamps, p.signatures) for p in new] == [(p.stamps, p.signatures) for p in old], path.name
        for a, b in zip(new, old):
            if a.layer == "text":
                pages += 1
                same += _rows(a) == _rows(b)
    assert pages > 30 and same >= 0.9 * pages, (same, pages)


def test_a_rendered_box_has_the_pixels_of_the_whole_page():
    """The numbers stamped into blanks are read from a rendered part of the page: the same pixels
    as the whole page rendered and cut (a shift of a fraction of a pixel lost a one-digit number); PDFium's antialiasing of the
    edges may differ faintly."""
    from PIL import ImageChops

    from plankb.extractors.readers.pdf_chars import render

    path, scale = str(RENDERINGS[0]), 600 / 72
    whole = render(path, 0, scale)
    for box in [(50.3, 40.7, 300.2, 120.9), (159.0, 80.0, 421.0, 121.0)]:
        part = render(path, 0, scale, box=box)
        cut = whole.crop((int(box[0] * scale), int(box[1] * scale), int(box[0] * scale) + part.width, int(box[1] * scale) + part.height))
        assert part.size == cut.size
        # the same grid: at most a faint antialiasing difference (a pixel's shift differs by far more)
        assert ImageChops.difference(part, cut).getextrema()[1] < 32
