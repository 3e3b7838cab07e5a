"""The work the PDF reader spares itself must not change what it reads: the table finder is not run
on a page whose edges cannot make a table the reader keeps, and Tesseract is not asked to read a
number-sized signed picture that does not stand in a blank of its line."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from plankb.extractors.readers import pdf as pdf_reader
from plankb.extractors.readers import pdf_chars
from plankb.extractors.readers.pdf_widgets import fills_a_blank
from plankb.extractors.readers.positioned import Word

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RENDERINGS = sorted((ROOT / "tests" / "fixtures" / "renderings").glob("*.pdf"))
REAL = sorted((SHARED / "real-pdfs").glob("*.pdf")) + sorted((SHARED / "dev" / "files").glob("*.pdf"))


def _line(*spans: tuple[float, float, str], top: float = 100, bottom: float = 112) -> list[Word]:
    return [Word(x0, x1, top, bottom, text) for x0, x1, text in spans]


def test_a_number_blank_between_label_and_rest():
    # "Số [21]-HD/BTCTU" and "ngày [21] tháng 8 năm 2025": the widget sits higher than the text
    assert fills_a_blank((140, 96, 156, 114), _line((119, 132, "Số"), (169, 215, "-HD/BTCTU")))
    assert fills_a_blank((422, 94, 435, 113), _line((391, 410, "ngày"), (439, 462, "tháng"), (474, 480, "8")))


def test_a_picture_with_no_text_after_it_is_no_blank():
    # a small seal at the end of the last paragraph ("... hợp./." and nothing after)
    assert not fills_a_blank((255, 96, 305, 121), _line((85, 105, "sửa"), (228, 252, "hợp./.")))
    # text after it, but far beyond a blank's width (the signer's name across the page)
    assert not fills_a_blank((217, 96, 267, 119), _line((183, 205, "TNN."), (406, 420, "Lê"), (425, 450, "Minh")))
    # text on both sides of a line it only grazes is not its line
    assert not fills_a_blank((360, 88, 410, 101), _line((340, 355, "KT."), (392, 410, "BỘ"), (416, 460, "TRƯỞNG")))
    assert not fills_a_blank((140, 96, 156, 114), [])


def _edges(vertical: list[float], horizontal: list[float]) -> list[dict]:
    return ([{"orientation": "v", "x0": x, "top": 0} for x in vertical]
            + [{"orientation": "h", "x0": 0, "top": y} for y in horizontal])


def test_edges_that_can_hold_a_grid():
    assert pdf_chars._could_hold_grid(_edges([10, 100, 200], [10, 30, 50]))  # two rows of two cells
    assert not pdf_chars._could_hold_grid(_edges([10, 500], [10, 30, 50, 70]))  # one column: a frame of rows
    assert not pdf_chars._could_hold_grid(_edges([10, 100, 200], [10, 30]))  # one row
    assert not pdf_chars._could_hold_grid(_edges([], [10, 30, 50]))  # underlines


def _pages(paths: list[Path], limit: int = 40):
    for path in paths:
        document = pdfium.PdfDocument(path)
        try:
            for index in range(min(len(document), limit)):
                page = document[index]
                width, height = page.get_size()
                rules = pdf_chars.ruling(page, height)
                if rules.count >= 4:
                    yield path.name, index, rules, pdf_chars.page_chars(page.get_textpage(), height), width, height
        finally:
            document.close()


@pytest.mark.parametrize("paths", [RENDERINGS, REAL], ids=["renderings", "real"])
def test_only_grids_keep_the_tables_the_reader_keeps(paths):
    """With ``grids`` the table finder gives up early on pages and tables the reader would drop:
    the blocks and the words left in the flow are the same as from every table found."""
    if not paths:
        pytest.skip("../shared is not present")
    checked = searched = 0
    for name, index, rules, chars, width, height in _pages(paths):
        words = [Word(w.x0, w.x1, w.top, w.bottom, w.text) for w in pdf_chars.words(chars)]
        every = pdf_reader._table_blocks(pdf_chars.tables(rules, chars, width, height), list(words))
        grids = pdf_reader._table_blocks(pdf_chars.tables(rules, chars, width, height, grids=True), list(words))
        assert [b.lines for b in grids[0]] == [b.lines for b in every[0]], (name, index)
        assert grids[1] == every[1], (name, index)
        checked += 1
        searched += bool(every[0])
    assert checked and searched  # pages with ruling, some with tables kept


def _pdfminer_document(path: Path):
    import io

    from pdfminer.pdfdocument import PDFDocument

    from plankb.extractors.readers.pdf_widgets import HexParser

    return PDFDocument(HexParser(io.BytesIO(path.read_bytes())))


@pytest.mark.skipif(not REAL, reason="../shared is not present")
def test_pages_found_by_the_counts_are_those_walked():
    """pdf_widgets.page_at finds each page by the page tree's counts (flat and nested trees):
    the same page object, with the same inherited media box, as pdfminer's walk."""
    from pdfminer.pdfpage import PDFPage

    from plankb.extractors.readers.pdf_widgets import page_at

    nested = 0
    for path in REAL + RENDERINGS:
        document = _pdfminer_document(path)
        walked = list(PDFPage.create_pages(document))
        kids = document.catalog["Pages"].resolve()["Kids"]
        nested += len(kids) != len(walked)
        for index, page in enumerate(walked):
            found = page_at(document, index)
            assert found is not None and (found.pageid, found.mediabox, found.annots) == (page.pageid, page.mediabox, page.annots), (path.name, index)
        assert page_at(document, len(walked)) is None
    assert nested  # some file's page tree has levels


@pytest.mark.skipif(not REAL, reason="../shared is not present")
def test_appearances_said_to_show_no_text_show_none():
    """A widget appearance without a text-showing operator is not interpreted: interpreted, it
    gives no line. Both kinds are on the real files' signed pages."""
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import PDFStream, resolve1

    from plankb.extractors.readers import pdf_widgets

    kinds = set()
    for path in REAL:
        document = _pdfminer_document(path)
        manager = PDFResourceManager(caching=True)
        for page in PDFPage.create_pages(document):
            for ref in resolve1(page.annots) or []:
                annot = resolve1(ref)
                appearance = resolve1((resolve1(annot.get("AP")) or {}).get("N")) if isinstance(annot, dict) else None
                if not isinstance(appearance, PDFStream):
                    continue
                silent = pdf_widgets._shows_no_text(appearance)
                lines = pdf_widgets._interpreted_lines(appearance, manager)
                assert not (silent and lines), (path.name, lines)
                kinds.add((silent, bool(lines)))
    assert (True, False) in kinds and (False, True) in kinds
