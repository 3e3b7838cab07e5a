"""PDF: the text layer read by word positions (pdfplumber), OCR for pages without a usable one.

Per page: words with their boxes, plus the text of form widgets (the number and day stamped into
the blanks when a document is issued); tables as tab-separated rows; rows rebuilt, the two-column
header and closing read column by column, body rows reflowed into paragraphs; page numbers and
running headers dropped; the digital-signature stamp read into ``meta["signing"]`` and removed.
A page whose text layer is missing or is old OCR garbage is OCR'd when Tesseract is installed;
of a file whose usable layer is another engine's OCR, the first and the signing page are.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from plankb.extractors.readers import ocr, ocr_blanks, ocr_layer, pdf_damage
from plankb.extractors.readers.ocr_consensus import apply_consensus
from plankb.extractors.readers.ocr_repairs import repair_line
from plankb.extractors.readers.pdf_widgets import fills_a_blank, is_number_sized, page_widgets, signing_from, widget_words
from plankb.extractors.readers.positioned import Block, Row, Word, build_rows, drop_page_numbers, page_chunks
from plankb.extractors.readers.stamp import drop_arrival_stamp, parse_stamp, remove_stamps
from plankb.extractors.source import ReadError, Source, read_bytes
from plankb.extractors.syllables import text_quality

# pdfminer logs what it makes of a file's fonts ("Could not get FontBBox ..."), which says nothing a
# user can act on; what the file lost is told by our own warnings (pdf_damage), one line a file.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

FORMATS = {".pdf": "pdf"}
_BOLD = re.compile(r"bold|black|heavy|semibold|,B\b|-B\b", re.I)


@dataclass
class Page:
    index: int
    width: float
    height: float
    rows: list[Row] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    kind: str = "text"  # "text" (the file's layer kept), "ocr", "garbage" (old OCR layer kept), "empty"
    # What the file itself had: "text" (born-digital), "ocr-layer" (a usable OCR layer over a
    # picture of the page: ocr_layer), "garbage" (an unusable OCR layer) or "empty"
    layer: str = "text"
    needs_ocr: bool = False
    ocr_lines: list[list[Word]] = field(default_factory=list)  # what OCR gave, before rows are built
    ocr_blocks: list[int] = field(default_factory=list)
    stamps: list[dict] = field(default_factory=list)  # visible stamps read from widgets
    signatures: list[dict] = field(default_factory=list)  # signature dictionaries without a stamp


# Pages a PDF may have (--max-pages, passed to workers by the environment): a plan with its annexes
# is tens of pages, a year's bound volume a few hundred; a file of thousands is an archive box
# scanned whole, hours of OCR, refused with a message instead.
MAX_PAGES_ENV = "PLANKB_MAX_PAGES"
DEFAULT_MAX_PAGES = 2000


def max_pages() -> int:
    value = os.environ.get(MAX_PAGES_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_PAGES


def _check_page_count(path: Path, count: int) -> None:
    limit = max_pages()
    if count > limit:
        raise ReadError(f"{path}: {count} pages, over the limit of {limit} pages a PDF (--max-pages, {MAX_PAGES_ENV})")


def read(path: Path) -> Source:
    from plankb.extractors.readers import pdf_chars

    # The collector held off until the document's words and rows are freed (collector_paused):
    # let back while they live, its first collection walks them all, to free none of them.
    with pdf_chars.collector_paused():
        return _read(path)


def _read(path: Path) -> Source:
    data = read_bytes(path)
    warnings: list[tuple[str, str]] = []
    pages = _read_pages(path, warnings, data)
    _read_again(pages)
    _ocr(path, pages, warnings)
    _drop_running_lines(pages)
    return _assemble(path, data, pages, warnings)


def page_layers(path: Path) -> list[str]:
    """What text layer each page has ("text", "ocr-layer", "garbage" or "empty"), judged as ``read`` judges it,
    without OCR: how the benchmarks and surveys sort PDFs into born-digital and scanned."""
    return [p.layer for p in _read_pages(path)]


def _read_pages(path: Path, warnings: list[tuple[str, str]] | None = None, data: bytes | None = None) -> list[Page]:
    """The pages: read with PDFium (pdf_chars), or with pdfplumber when PDFium cannot open the
    file or its pages are rotated or offset; of a file cut short, those written before the cut,
    with a warning (pdf_damage)."""
    data = path.read_bytes() if data is None else data
    if not pdf_damage.is_truncated(data):
        pages = _read_with_pdfium(path, data)
        if pages is not None:
            return pages
    return _read_with_pdfplumber(path, warnings, data)


def _read_with_pdfium(path: Path, data: bytes) -> list[Page] | None:
    """The pages read with PDFium, or None to leave the file to pdfplumber (and its messages
    for damaged and encrypted files)."""
    import pypdfium2 as pdfium

    from plankb.extractors.readers import pdf_chars

    with pdf_chars.LOCK, pdf_chars.collector_paused():
        try:
            document = pdfium.PdfDocument(data)
        except Exception:
            return None
        try:
            if len(document) == 0:
                return None
            _check_page_count(path, len(document))
            pages = []
            annotated = _PdfminerPages(data)
            for index in range(len(document)):
                page = document[index]
                if not pdf_chars.is_plain(page):
                    return None
                pages.append(_read_pdfium_page(page, index, path, annotated))
            return pages
        finally:
            document.close()


class _PdfminerPages:
    """pdfminer's page objects, opened only for a page with form widgets (their appearance
    streams and signature dictionaries are read with pdfminer, pdf_widgets): found by the page
    tree's counts (pdf_widgets.page_at), else walked only as far as that page."""

    def __init__(self, data: bytes):
        self.data = data
        self._document = None
        self._walk = None
        self._pages: list = []
        self.resources = None  # pdfminer's fonts, shared by the pages' widgets

    def page(self, index: int, annotations: int):
        """Page ``index``; ``annotations``: how many PDFium counts on it, which the page found by
        the counts must have too (else the tree is walked)."""
        from pdfminer.pdftypes import resolve1

        from plankb.extractors.readers.pdf_widgets import page_at

        if self._document is None:
            import io

            from pdfminer.pdfdocument import PDFDocument
            from pdfminer.pdfinterp import PDFResourceManager

            from plankb.extractors.readers.pdf_widgets import HexParser

            self._document = PDFDocument(HexParser(io.BytesIO(self.data)))
            self.resources = PDFResourceManager(caching=True)
        found = page_at(self._document, index)
        if found is not None and len(resolve1(found.annots) or []) == annotations:
            return found
        return self[index]

    def __getitem__(self, index: int):
        if self._walk is None:
            from pdfminer.pdfpage import PDFPage

            self._walk = PDFPage.create_pages(self._document)
        while len(self._pages) <= index:
            self._pages.append(next(self._walk))
        return self._pages[index]


def _read_pdfium_page(page, index: int, path: Path | None, annotated: _PdfminerPages) -> Page:
    from plankb.extractors.readers import pdf_chars

    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        chars = pdf_chars.page_chars(textpage, height)
        scanned = bool(chars) and ocr_layer.is_ocr_layer(page, textpage)
    finally:
        textpage.close()
    words = pdf_chars.words(chars, _bold_face)
    widgets = []
    if pdf_chars.has_widgets(page):
        try:
            widgets = page_widgets(annotated.page(index, pdf_chars.annotation_count(page)), annotated.resources)
        except Exception:  # pdfminer cannot walk the file: the page's text stands
            widgets = []

    def tables(words: list[Word]) -> tuple[list[Block], list[Word]]:
        rules = pdf_chars.ruling(page, height)
        if rules.count < 4:  # no ruling, no table: spare the table finder its cost
            return [], words
        return _table_blocks(pdf_chars.tables(rules, chars, width, height, grids=True), words)

    return _page_from(index, float(width), float(height), words, bool(words), widgets, tables, path, scanned)


def _read_with_pdfplumber(path: Path, warnings: list[tuple[str, str]] | None, data: bytes) -> list[Page]:
    import io

    import pdfplumber

    truncated = pdf_damage.is_truncated(data)
    scanned = ocr_layer.scanned_pages(data)  # pdfminer does not say what text is invisible
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if not pdf.pages:
                raise ReadError(f"{path}: the PDF has no pages")
            _check_page_count(path, len(pdf.pages))
            pages = [_read_page(page, i, path, i in scanned) for i, page in enumerate(pdf.pages)]
            declared = pdf_damage.declared_pages(pdf)
    except ReadError:
        raise
    except Exception as exc:  # pdfminer raises many kinds for a damaged file
        encrypted = pdf_damage.encryption_problem(exc)
        if encrypted:
            raise ReadError(f"{path}: {encrypted}") from exc
        fixed = pdf_damage.repaired(data) if truncated else None
        if fixed is None:
            raise ReadError(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
        try:
            with pdfplumber.open(io.BytesIO(fixed)) as pdf:
                _check_page_count(path, len(pdf.pages))
                pages = [_read_page(page, i, path, i in scanned) for i, page in enumerate(pdf.pages)]
                declared = pdf_damage.declared_pages(pdf)
        except ReadError:
            raise
        except Exception:
            pages = []
        if not pages:
            raise ReadError(f"{path}: not a readable PDF (cut short before its first page: {type(exc).__name__}: {exc})") from exc
    if truncated and warnings is not None:
        warnings.append(pdf_damage.truncation_warning(path, [p.index for p in pages], declared))
    return pages


def _read_page(page, index: int, path: Path | None = None, scanned: bool = False) -> Page:
    """A pdfplumber page (the fall-back reader)."""
    # Not split at a change of font: Word's PDF export often sets the accented letters of a word in
    # a second subset of the same font ("Vi|ệ|c" would become three words).
    raw = page.extract_words(return_chars=True)
    words = [Word(w["x0"], w["x1"], w["top"], w["bottom"], w["text"], _bold([c.get("fontname") for c in w["chars"]])) for w in raw]
    widgets = page_widgets(page.page_obj) if page.page_obj.annots else []
    return _page_from(index, float(page.width), float(page.height), words, bool(raw), widgets, lambda ws: _tables(page, ws), path, scanned)


def _page_from(index: int, width: float, height: float, words: list[Word], has_text: bool, widgets: list, tables, path: Path | None,
               scanned: bool = False) -> Page:
    """A page from its words and widgets, whichever engine read them: the stamps and signatures,
    the numbers stamped into blanks, the text layer's quality (``scanned``: the layer is another
    engine's OCR over a picture of the page, ocr_layer), tables, rows."""
    result = Page(index, width, height)
    pictured = []
    for widget in widgets:
        signing = signing_from(widget)
        if signing and parse_stamp(widget.lines):
            result.stamps.append(signing)
        elif signing:
            result.signatures.append(signing)
            if not widget.lines and is_number_sized(widget.box):
                pictured.append(widget.box)
        words.extend(widget_words(widget))
    pictured = [box for box in pictured if fills_a_blank(box, words)]
    if pictured and path is not None:
        words.extend(_on_its_line(w, words) for w in ocr.widget_numbers(str(path), index, pictured))
    quality = text_quality(" ".join(w.text for w in words))
    if not has_text or not quality.usable or (scanned and not ocr_layer.trusted(quality)):
        result.needs_ocr = True
        result.kind = result.layer = "garbage" if has_text else "empty"
    else:
        result.layer = "ocr-layer" if scanned else "text"  # which OCR-layer pages we read again: _read_again
        result.blocks, words = tables(words)
    result.rows = drop_page_numbers(build_rows([[w] for w in words]), result.height)
    return result


def _read_again(pages: list[Page]) -> None:
    """Of a file whose usable text is another engine's OCR (ocr_layer), the pages we OCR ourselves:
    the first (the issuer, the number and day written into the blanks, the title) and the one
    that signs (the signer's name under the seal). That engine fails there, on handwriting, seals
    and the two-column header, and reads a plain body about as well as ours: the other pages keep
    its layer, which spares their OCR (seconds a page)."""
    layered = [p for p in pages if p.layer == "ocr-layer"]
    if not layered:
        return
    layered[0].needs_ocr = _signing_page(layered).needs_ocr = True


def _signing_page(pages: list[Page]) -> Page:
    """The page that holds the signature block: the last whose layer reads "Nơi nhận" or an
    authority line on the right ("KT. BỘ TRƯỞNG"); else the last page (annexes may follow it)."""
    from plankb.extractors.text import fold

    for page in reversed(pages):
        if any(_RECIPIENTS_ROW.search(fold(r.text())) or (r.x0 > 0.4 * page.width and _AUTHORITY_WORD.match(r.words[0].text))
               for r in page.rows if r.words):
            return page
    return pages[-1]


def _bold(fontnames: list[str | None]) -> bool:
    """A word is bold when most of its letters are set in a bold face."""
    return 2 * sum(1 for name in fontnames if _bold_face(name or "")) > len(fontnames)


@functools.lru_cache(maxsize=1024)
def _bold_face(fontname: str) -> bool:
    return _BOLD.search(fontname) is not None


def _on_its_line(word: Word, words: list[Word]) -> Word:
    """A stamped number set on the line it fills: its widget is taller than the text and may
    sit higher ("ngày [21] tháng 11"), which would make it a line of its own."""
    mid = (word.top + word.bottom) / 2
    beside = [w for w in words if min(w.bottom, word.bottom) > max(w.top, word.top)]
    if not beside:
        return word
    line = min(beside, key=lambda w: (abs((w.top + w.bottom) / 2 - mid), min(abs(w.x1 - word.x0), abs(word.x1 - w.x0))))
    return Word(word.x0, word.x1, line.top, line.bottom, word.text)


def _tables(page, words: list[Word]) -> tuple[list[Block], list[Word]]:
    """Ruled tables of a pdfplumber page."""
    if len(page.rects) + len(page.lines) < 4:  # no ruling, no table: spare find_tables its cost
        return [], words
    page = page.filter(visible_ruling)
    return _table_blocks([(table.bbox, table.extract()) for table in page.find_tables()], words)


WHITE = ((1,), (1, 1, 1), (0, 0, 0, 0), 1)  # gray, RGB and CMYK white


def visible_ruling(obj: dict) -> bool:
    """Not a rectangle only filled white: Word's white shading behind a paragraph, a box to each
    space, would make a table of it whose cells cut the words (pdf_chars._painted alike)."""
    if obj.get("object_type") != "rect" or obj.get("stroke") or not obj.get("fill"):
        return True
    color = obj.get("non_stroking_color")
    return (tuple(color) if isinstance(color, (list, tuple)) else color) not in WHITE


def _table_blocks(found: list[tuple[tuple, list[list[str | None]]]], words: list[Word]) -> tuple[list[Block], list[Word]]:
    """Ruled tables as blocks of tab-separated rows; the words they hold leave the flow."""
    blocks = []
    for (x0, top, x1, bottom), cells in found:
        if sum(1 for row in cells if sum(1 for c in row if c and c.strip()) >= 2) < 2:
            continue  # a frame around text (a page border), not a table
        lines = ["\t".join(" ".join((c or "").split()) for c in row) for row in cells]
        blocks.append(Block(top, bottom, [ln for ln in lines if ln.strip()]))
        words = [w for w in words if not (x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom)]
    return blocks, words


def _ocr(path: Path, pages: list[Page], warnings: list[tuple[str, str]]) -> None:
    wanted = [p for p in pages if p.needs_ocr]
    if not wanted:
        return
    reason = ocr.unavailable()
    if reason:
        # a usable OCR layer is read as it is, as when it is not read again
        unusable = [p.index for p in wanted if p.layer != "ocr-layer"]
        if unusable:
            warnings.append(("ocr-unavailable", f"{path}: page(s) {_page_list(unusable)} have no usable text layer and cannot be OCR'd: {reason}"))
        return
    results = ocr.ocr_pages(str(path), [p.index for p in wanted], label=path.name)
    for page in wanted:
        result = results.get(page.index)
        if isinstance(result, Exception) or result is None:
            warnings.append(("ocr-failed", f"{path}: OCR of page {page.index + 1} failed ({result})"))
            continue
        if page.layer == "ocr-layer" and not _reads_as_well(result[0]):
            warnings.append(("ocr-worse", f"{path}: page {page.index + 1}: OCR read worse than the file's own OCR layer, which is kept"))
            continue
        page.ocr_lines, page.ocr_blocks = result
        page.rows = drop_page_numbers(build_rows(*result), page.height)
        page.blocks = []
        page.kind = "ocr"
    _blanks_again(path, pages[0], warnings)
    _date_under_seal(path, pages[0], warnings)
    if pages[0].kind == "ocr" and ocr_blanks.blank_lines(pages[0].width, pages[0].height, pages[0].rows)[1] is None:
        # no date on the first page: a consolidated text's number and date, or an adopted act's date, stand at its end
        _blanks_again(path, _signing_page(pages), warnings, ocr_blanks.END_SHARE)
    _signer_under_seal(path, wanted, warnings, _mentioned_names(pages))


def _date_under_seal(path: Path, page: Page, warnings: list[tuple[str, str]]) -> None:
    """The first page's place-and-date line read again under a seal (ocr_blanks.date_under_seal)."""
    if page.kind != "ocr" or page.ocr_blocks is None:
        return
    try:
        changed = ocr_blanks.date_under_seal(str(path), page.index, page.width, page.height, page.rows, page.ocr_lines, page.ocr_blocks)
    except Exception as exc:  # the page's own text stands; only the second look is lost
        warnings.append(("ocr-failed", f"{path}: second reading of the date line on page {page.index + 1} failed ({exc})"))
        return
    if changed:
        page.rows = drop_page_numbers(build_rows(page.ocr_lines, page.ocr_blocks), page.height)


def _reads_as_well(lines: list[list[Word]]) -> bool:
    """Our OCR of a page is taken over the file's own OCR layer unless it fails the check a
    text layer must pass (a page our OCR cannot read: too faint, rotated, a photograph)."""
    return text_quality(" ".join(w.text for line in lines for w in line)).usable


def _blanks_again(path: Path, page: Page, warnings: list[tuple[str, str]], share: float | None = None) -> None:
    """The number and day written by hand into the first page's blanks (or, with ``share``, into
    those anywhere in that share of another page's height), read by the second engine
    (ocr_blanks), in place of Tesseract's reading of them."""
    if page.kind != "ocr":
        return
    if share is None and ocr_blanks.mend_number_line(page.width, page.height, page.rows, page.ocr_lines):  # a copier's specks
        page.rows = drop_page_numbers(build_rows(page.ocr_lines, page.ocr_blocks), page.height)
    try:
        changed = ocr_blanks.fill_blanks(str(path), page.index, page.width, page.height, page.rows, page.ocr_lines, share or ocr_blanks.HEADER_SHARE)
    except Exception as exc:  # the page's own text stands; only the second look is lost
        warnings.append(("ocr-failed", f"{path}: second reading of the number and date on page {page.index + 1} failed ({exc})"))
        return
    from plankb.extractors.readers import ocr_gaps

    if share is not None:  # a page other than the first: no title to mend
        if changed:
            page.rows = drop_page_numbers(build_rows(page.ocr_lines, page.ocr_blocks), page.height)
        return
    try:  # words of the title dropped as specks (ocr_gaps)
        changed |= ocr_gaps.fill_holes(str(path), page.index, page.height, page.ocr_lines)
        changed |= ocr_gaps.mend_damaged(str(path), page.index, page.height, page.ocr_lines)
        changed |= ocr_gaps.fill_line_ends(str(path), page.index, page.width, page.height, page.ocr_lines)
    except Exception as exc:
        warnings.append(("ocr-failed", f"{path}: second reading of the holes in the title on page {page.index + 1} failed ({exc})"))
    if changed:
        page.rows = drop_page_numbers(build_rows(page.ocr_lines, page.ocr_blocks), page.height)


# Where a scan's signature block starts: "Nơi nhận" on the left (OCR may lose its first letter),
# or an authority line on the right ("KT. BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN").
_RECIPIENTS_ROW = re.compile(r"(?:^|\s)n?ơi\s*nhận\b")
_AUTHORITY_WORD = re.compile(r"^(?:kt|tm|tl|tuq|q)\s*[./]", re.I)


def _signer_under_seal(path: Path, pages: list[Page], warnings: list[tuple[str, str]], mentions: frozenset = frozenset()) -> None:
    """A scan's signer is printed under the red seal and the signature, and whole-page OCR often
    drops the name with them: read the signature block again on its own and add the line that is
    a person's name (a family name first, every syllable a capitalised Vietnamese syllable).
    ``mentions`` are the full names the document writes elsewhere: a name whose family name the
    seal has eaten ("Ai Thị Thu Vân", "f Hồng Hà") is the one the document writes in full."""
    from plankb.extractors.text import fold

    for page in pages:
        if page.kind != "ocr":
            continue
        start = next((r for r in page.rows if _RECIPIENTS_ROW.search(fold(r.text()))), None)
        # The authority line ("KT. BỘ TRƯỞNG") heads the block; a long list of recipients may
        # start well above it.
        # (on the right of its row: the row may begin with the recipients' heading, misread "bi nhận:")
        authority = next((r for r in page.rows if _right_words_start_authority(r.words, page.width)
                          and (start is None or r.top >= start.top - 2)), None)
        anchor = authority or start
        if anchor is None:
            continue
        box = (0.45 * page.width, max(0.0, anchor.top - 0.01 * page.height), 0.98 * page.width,
               min(page.height, anchor.top + 0.32 * page.height))
        for row in (r for r in page.rows if r.top >= anchor.top - 2):
            right_words = [w for w in row.words if w.x0 > 0.4 * page.width]
            name = _name_words(right_words, mentions)
            if name:  # the page pass read the name; it may share its row with "Lưu: VT", or be misspelt
                try:
                    name = _rare_surname_checked(path, page, box, name)
                except Exception as exc:  # the page pass's name stands
                    warnings.append(("ocr-failed", f"{path}: second reading of the signature block on page {page.index + 1} failed ({exc})"))
                if len(name) < len(row.words) or [w.text for w in name] != [w.text for w in right_words]:
                    _put_name(page, name)
                return
        try:
            for psm, threshold, red in ocr.REGION_READINGS:
                lines = ocr.region_words(str(path), page.index, box, psm, threshold, red)
                names = [n for n in (_name_words(line, mentions) for line in lines) if n]
                if names:
                    _put_name(page, _rare_surname_checked(path, page, box, names[-1]))
                    return
            name = _name_on_found_lines(path, page, box, mentions)
            name = _rare_surname_checked(path, page, box, name) if name else None
        except Exception as exc:  # the page's own text stands; only the second look is lost
            warnings.append(("ocr-failed", f"{path}: OCR of the signature block on page {page.index + 1} failed ({exc})"))
            return
        if name:
            _put_name(page, name)
        return


def _right_words_start_authority(words: list[Word], width: float) -> bool:
    """Whether the words of a row right of 0.4 of the page begin with an authority word ("KT.", "TM.", "TL.")."""
    right = [w for w in words if w.x0 > 0.4 * width]
    return bool(right) and bool(_AUTHORITY_WORD.match(right[0].text))


def _name_on_found_lines(path: Path, page: Page, box: tuple[float, float, float, float], mentions: frozenset) -> list[Word] | None:
    """The name among the lines the second engine finds in the signature block, where Tesseract's
    own layout analysis found none: each line that reads as a few words of letters is read again
    by Tesseract alone, or is a name the document writes in full with the same letters."""
    from plankb.extractors.readers import ocr_lines
    from plankb.extractors.text import strip_accents

    if ocr_lines.unavailable() is not None:
        return None
    by_letters = {}
    for mention in mentions:
        by_letters.setdefault(re.sub(r"[^a-z]", "", strip_accents(mention).lower().replace("đ", "d")), set()).add(mention)
    for (x0, top, x1, bottom), text, _conf in reversed(_second_engine_lines(path, page.index, box)):
        words = text.split()
        if not 1 <= len(words) <= 5 or not all(w.isalpha() for w in words) or text.isupper() or text.islower():
            continue
        found = by_letters.get(re.sub(r"[^a-z]", "", text.lower()))
        if found and len(found) == 1:
            name = next(iter(found)).split()
            step = (x1 - x0) / len(name)
            return [Word(x0 + k * step, x0 + (k + 1) * step - 0.1, top, bottom, t) for k, t in enumerate(name)]
        pad = 0.3 * (bottom - top)
        lines = ocr.region_words(str(path), page.index, (x0 - 2 * pad, top - pad, x1 + 2 * pad, bottom + pad), "7")
        read = [w for line in lines for w in line]
        name = _name_words(read, mentions) or _name_of_both(text, read)
        if name:
            return name
        # Tesseract read the line alone worse than with the block around it ("Khánh" alone, "2 Quốc
        # Khánh" in the block): the given names from the block's line that ends with them.
        for line in ocr.region_words(str(path), page.index, box, *BLOCK_READING):
            name = _name_of_both(text, line)
            if name:
                return name
    return None


# The family names most Vietnamese bear: one of these read under a seal is taken as read; a rarer
# one ("Ân Thanh Mẫn", "Yên Sỹ Hiệp") is often what is left of a common one whose first letters
# the seal ate, and is checked against the second engine's reading of the same line.
COMMON_SURNAMES = frozenset(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"])


BLOCK_READING = ("6", None, False)  # the block read as one block of text, its marks kept: also one of ocr.REGION_READINGS


def _rare_surname_checked(path: Path, page: Page, box: tuple[float, float, float, float], name: list[Word]) -> list[Word]:
    """``name``, or the same given names under the family name the second engine (or Tesseract
    reading the block alone) reads on their line, when Tesseract's family name is a rare one and
    the other reading's is another (for Tesseract's: a common one, read with all its letters)."""
    from plankb.extractors.readers import ocr_lines

    if not could_be_a_common_surname(name[0].text) or ocr_lines.unavailable() is not None:
        return name
    given = [_bare_letters(w.text) for w in name[1:]]
    for _box, text, _conf in _second_engine_lines(path, page.index, box):
        words = text.split()
        if len(words) == len(name) and [_bare_letters(w) for w in words[1:]] == given:
            surname = _surname_of_letters(words[0])
            if surname and surname != name[0].text:
                first = name[0]
                return [Word(first.x0, first.x1, first.top, first.bottom, surname), *name[1:]]
    # Tesseract's own reading of the block, with marks: a common family name read there before the
    # same given names ("XX`_#_ Trấn Thanh Mẫn" where the page pass read "Ân Thanh Mẫn").
    for line in ocr.region_words(str(path), page.index, box, *BLOCK_READING):
        texts = [w.text for w in line]
        if len(texts) >= len(name) and [_bare_letters(t) for t in texts[len(texts) - len(given):]] == given:
            surname = _surname_of_letters(texts[len(texts) - len(name)])
            if surname in COMMON_SURNAMES and _bare_letters(surname) == _bare_letters(texts[len(texts) - len(name)]):
                first = name[0]
                return [Word(first.x0, first.x1, first.top, first.bottom, surname), *name[1:]]
    return name


def could_be_a_common_surname(surname: str) -> bool:
    """Whether a family name read under a seal may be what the seal left of a common one: not a
    common one itself, and its bare letters the end of a common one's ("Yên": Nguyễn, "Ân": Trần,
    a seal having eaten the first letters) or a letter off it (two in a name of five or more:
    "Thành" for Trần, "Trương" for Dương), as ``_surname_of_letters`` takes a reading for a family
    name. Any other family name ("Mai", "Đoàn", "Châu", "Thạch") no reading of the block turns into
    a common one: it is taken as read, and the block is not read again for it (on the shared scans
    such checks, 5 of 10, never changed a name and cost the second engine's reading, about a second)."""
    from rapidfuzz.distance import Levenshtein

    if surname in COMMON_SURNAMES:
        return False
    bare = _bare_letters(surname)
    if not bare:
        return True
    near = _letters_off(bare)
    return any(_bare_letters(c).endswith(bare) or Levenshtein.distance(bare, _bare_letters(c)) <= near for c in COMMON_SURNAMES)


_SECOND_READ: dict[tuple, list] = {}


def _second_engine_lines(path: Path, index: int, box: tuple[float, float, float, float]) -> list:
    """The second engine's lines of the signature block (ocr_lines.read_lines), kept for the
    block last read: ``_name_on_found_lines`` and ``_rare_surname_checked`` both read it (a second
    or more without an OCR cache)."""
    from plankb.extractors.readers import ocr_lines

    try:
        stat = os.stat(path)
    except OSError:
        return ocr_lines.read_lines(str(path), index, box)
    key = (os.fspath(path), stat.st_mtime_ns, stat.st_size, index, box)
    if key not in _SECOND_READ:
        _SECOND_READ.clear()
        _SECOND_READ[key] = ocr_lines.read_lines(str(path), index, box)
    return _SECOND_READ[key]


def _surname_of_letters(word: str) -> str | None:
    """The family name whose bare letters a reading without marks nearly is ("Fran" -> "Trần",
    "guyen" -> "Nguyễn", the end of one name alone), when no other is as near."""
    from rapidfuzz.distance import Levenshtein

    from plankb.extractors.patterns.layout_markers import SURNAMES

    first = _bare_letters(word)
    if len(first) < 2:
        return None
    bare = {s: _bare_letters(s) for s in set(SURNAMES)}
    ends = {s for s, b in bare.items() if b.endswith(first) and len(b) > len(first)} if len(first) >= 3 else set()
    if len(ends) == 1 and first not in bare.values():
        return next(iter(ends))
    distances = sorted((Levenshtein.distance(first, b), s) for s, b in bare.items())
    best = distances[0][0]
    if best > _letters_off(first):
        return None
    # Equally near: the one most people bear ("Nguve": Nguyễn, not Ngư), else the one the reading
    # is but for its first letter ("Pran": Trần, not Phan), which a seal or a signature crosses.
    tied = [s for d, s in distances if d == best]
    for keep in (lambda s: s in COMMON_SURNAMES, lambda s: _shared_end(first, bare[s]) >= len(first) - 1):
        if len(tied) > 1 and 0 < sum(map(keep, tied)) < len(tied):
            tied = [s for s in tied if keep(s)]
    return tied[0] if len(tied) == 1 else None


def _shared_end(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _letters_off(bare: str) -> int:
    """How many letters a reading of a family name (its bare letters) may be off the name it is:
    one, two in a name of five letters or more."""
    return 1 if len(bare) <= 4 else 2


def _bare_letters(text: str) -> str:
    from plankb.extractors.text import strip_accents

    return re.sub(r"[^a-z]", "", strip_accents(text).lower().replace("đ", "d"))


def _letters_alike(a: str, b: str) -> bool:
    """The same bare letters, or one letter more or less or other in a word of three or more (the
    second engine reads "ư" as "ur": "Huru" for "Hữu")."""
    from rapidfuzz.distance import Levenshtein

    return a == b or (min(len(a), len(b)) >= 3 and Levenshtein.distance(a, b) <= 1)


def _name_of_both(seen: str, read: list[Word]) -> list[Word] | None:
    """A name from both engines' readings of one line: the given names as Tesseract read them
    (with their marks), the family name from the second engine's first word ("Nguve Chi Dung" and
    "Chí Dũng"), when its letters are those of one family name far more than of any other."""

    from plankb.extractors.syllables import is_syllable

    words = seen.split()
    texts = [_strip_stray(w.text) for w in read]
    given = texts[len(texts) - len(words) + 1 :] if len(words) >= 3 else []
    if not given or len(texts) - len(given) > 1:
        return None
    if not all(t[:1].isupper() and t[1:].islower() and t.isalpha() and is_syllable(t) for t in given):
        return None
    if not all(_letters_alike(_bare_letters(t), _bare_letters(w)) for t, w in zip(given, words[1:])):
        return None
    surname = _surname_of_letters(words[0])
    if surname is None:
        return None
    start = read[len(read) - len(given)]
    lead = Word(start.x0 - 3 * start.height, start.x0 - 0.1, start.top, start.bottom, surname)
    return [lead, *(Word(w.x0, w.x1, w.top, w.bottom, t) for w, t in zip(read[len(read) - len(given) :], given))]


_MENTION = None


def _mentioned_names(pages: list[Page]) -> frozenset:
    """Full names the document writes ("Phó Thủ tướng Trần Hồng Hà", "PCN Mai Thị Thu Vân"): a
    family name and two to four capitalised syllables."""
    global _MENTION
    from plankb.extractors.patterns.layout_markers import SURNAMES

    if _MENTION is None:
        upper, lower = "A-ZĐÀ-ỸÁÂÃÈÉÊÌÍÒÓÔÕÙÚĂĨŨƠƯẠ-Ỹ", "a-zđà-ỹ"
        _MENTION = re.compile(rf"\b(?:{'|'.join(sorted(SURNAMES, key=len, reverse=True))})(?: [{upper}][{lower}]+){{1,3}}\b")
    names = set()
    for page in pages:
        for row in page.rows:
            names.update(m.group(0) for m in _MENTION.finditer(row.text()))
    return frozenset(names)


def _put_name(page: Page, name: list[Word]) -> None:
    """The name on a line of its own where it stands, in place of what the page pass made of it
    (rows run across both columns, so a name beside "Lưu: VT" would not stand alone)."""
    x0, x1 = min(w.x0 for w in name), max(w.x1 for w in name)
    top, bottom = min(w.top for w in name), max(w.bottom for w in name)

    def covered(w: Word) -> bool:
        return w.x1 > x0 and w.x0 < x1 and min(w.bottom, bottom) - max(w.top, top) > 0.3 * (bottom - top)

    kept = [([w for w in line if not covered(w)], block) for line, block in zip(page.ocr_lines, page.ocr_blocks)]
    page.ocr_lines = [line for line, _ in kept if line]
    page.ocr_blocks = [block for line, block in kept if line]
    page.rows = drop_page_numbers(build_rows(page.ocr_lines, page.ocr_blocks), page.height)
    page.blocks = [*page.blocks, Block(top, bottom, [" ".join(w.text for w in name)])]


def _near_surname(text: str) -> str | None:
    """A family name OCR misspelt under the signature ("NguÝýên", "guyến" for "Nguyễn"): the one
    family name whose bare letters are nearly the word's, or None when none or several are."""
    from rapidfuzz import fuzz

    from plankb.extractors.patterns.layout_markers import SURNAMES
    from plankb.extractors.syllables import is_syllable
    from plankb.extractors.text import strip_accents

    bare = strip_accents(text).lower().replace("đ", "d")
    if len(bare) < 4 or not bare.isalpha():
        return None
    scores = sorted(((fuzz.ratio(bare, strip_accents(s).lower().replace("đ", "d")), s) for s in SURNAMES), reverse=True)
    (best, name), (second, _) = scores[0], scores[1]
    if best < 100 and text[:1].isupper() and is_syllable(text):
        return None  # a whole capitalised syllable of other letters is another name ("Thiện" is no "Tiền"); "guyến" lost its start
    return name if best >= 85 and best > second else None


def _strip_stray(text: str) -> str:
    """A word without the specks and strokes before it ("ˆ;Nguyễn", "` Nguyễn")."""
    i = 0
    while i < len(text) and not (text[i].isalpha() and unicodedata.category(text[i]) != "Lm"):
        i += 1
    return text[i:]


def _common_surname_remarked(text: str) -> str | None:
    """A common family name whose marks a stroke of the seal or signature changed ("Lế" for
    "Lê", "Trấn" for "Trần"): the one of COMMON_SURNAMES with the same bare letters, when the word
    is no family name itself."""
    from plankb.extractors.patterns.layout_markers import SURNAMES

    if text in SURNAMES or not text[:1].isupper():
        return None
    found = [s for s in COMMON_SURNAMES if _bare_letters(s) == _bare_letters(text)]
    return found[0] if len(found) == 1 else None


def _surname_tail(text: str) -> str | None:
    """A family name whose first letter or two the seal or signature ate ("hạm" for "Phạm",
    "guyễn" for "Nguyễn"): the one family name that ends so, or None."""
    from plankb.extractors.patterns.layout_markers import SURNAMES

    if len(text) < 2 or not text[:1].islower():
        return None
    found = {s for s in SURNAMES if 1 <= len(s) - len(text) <= 2 and s.lower().endswith(text)}
    return next(iter(found)) if len(found) == 1 else None


# A military rank before a general's or officer's name ("Đại tướng Phan Văn Giang"), its first
# letter often misread ("Bại tướng"): not part of the name.
_RANK_FIRST = ("dai", "thuong", "trung", "thieu")
_RANK_SECOND = ("tuong", "ta")


def _is_rank(first: str, second: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    from plankb.extractors.text import strip_accents

    a, b = (strip_accents(t).lower().replace("đ", "d") for t in (first, second))
    return b in _RANK_SECOND and any(Levenshtein.distance(a, r) <= 1 for r in _RANK_FIRST)


def _name_words(words: list[Word], mentions: frozenset = frozenset()) -> list[Word] | None:
    """The words of a person's name in an OCR line ("` Nguyễn Đức Chi", "xNguyễn Chí Dũng"), or None.
    A name whose family name is lost or misread is the one of ``mentions`` (names the document
    writes in full) that ends with the same given names."""
    from plankb.extractors.patterns.layout_markers import SURNAMES
    from plankb.extractors.syllables import is_syllable

    words = _split_glued(words)
    texts = [_strip_stray(w.text) for w in words]
    if texts:  # a speck after the line's last word ("Phạm Thị Thanh Trà."): no name ends with a dot; a comma may end a place
        texts[-1] = texts[-1].rstrip(".'`´")

    def clean(ts: list[str]) -> bool:  # a second look through seal and signature must read clean syllables ("Wnh" is no name)
        return all(t[:1].isupper() and t[1:].islower() and t.isalpha() and is_syllable(t) for t in ts)

    skip = 0
    for i, text in enumerate(texts):
        if skip:
            skip -= 1
            continue
        if i + 1 < len(texts) and _is_rank(text, texts[i + 1]):
            skip = 1
            continue
        surname = (text if text in SURNAMES else text[1:] if text[1:] in SURNAMES and text[:1].islower()
                   else _near_surname(text) or _surname_tail(text) or _common_surname_remarked(text))
        if surname is None:
            if len(text) > 2:  # only specks and strokes may stand before the name
                return _mentioned(words, texts, mentions, clean)
            continue
        rest = texts[i + 1 :]
        # After specks, two words may be the end of a longer name ("Đo àn Thái Sơn").
        if not (2 if i else 1) <= len(rest) <= 4:
            return _mentioned(words, texts, mentions, clean)
        if not clean(rest):
            return None
        first = words[i]
        return [Word(first.x0, first.x1, first.top, first.bottom, surname),
                *(Word(w.x0, w.x1, w.top, w.bottom, t) for w, t in zip(words[i + 1 :], rest))]
    return _mentioned(words, texts, mentions, clean)


_GLUED = re.compile(r"^\W*(?P<a>[^\W\d_]+)[^\w\s]+(?P<b>[^\W\d_]+)\W*$")


def _split_glued(words: list[Word]) -> list[Word]:
    """Two syllables a speck of the seal glued into one word ("'Phan'Văn", "Phan¬Văn") as two
    words, when both are capitalised Vietnamese syllables; the box shared by their lengths."""
    from plankb.extractors.syllables import is_syllable

    out = []
    for w in words:
        m = _GLUED.match(w.text)
        if m and all(p[:1].isupper() and is_syllable(p) for p in (m["a"], m["b"])):
            cut = w.x0 + (w.x1 - w.x0) * len(m["a"]) / (len(m["a"]) + len(m["b"]) + 1)
            out += [Word(w.x0, cut, w.top, w.bottom, m["a"]), Word(cut + 0.1, w.x1, w.top, w.bottom, m["b"])]
        else:
            out.append(w)
    return out


def _mentioned(words: list[Word], texts: list[str], mentions: frozenset, clean) -> list[Word] | None:
    """The one name of ``mentions`` that ends with the line's last words (two or more clean
    syllables, at most one damaged word before them), or None."""
    if not mentions:
        return None
    for start in (1, 0):
        given = texts[start:]
        if len(given) < 2 or len(texts) - len(given) > 1 or not clean(given):
            continue
        found = {m for m in mentions if m.split()[-len(given) :] == given and len(m.split()) > len(given)}
        if len(found) == 1:
            name = next(iter(found)).split()
            first = words[start]
            lead = Word(first.x0 - 0.1 * (first.x1 - first.x0), first.x0 - 0.1, first.top, first.bottom, " ".join(name[: -len(given)]))
            return [lead, *(Word(w.x0, w.x1, w.top, w.bottom, t) for w, t in zip(words[start:], given))]
    return None


def _page_list(indexes: list[int]) -> str:
    return ", ".join(str(i + 1) for i in indexes) if len(indexes) <= 8 else f"{indexes[0] + 1}-{indexes[-1] + 1} ({len(indexes)} pages)"


def _drop_running_lines(pages: list[Page]) -> None:
    """A line repeated at the top or bottom of most pages is a running header or footer."""
    if len(pages) < 3:
        return

    def key(page: Page, row: Row) -> str | None:
        if row.bottom < 0.08 * page.height or row.top > 0.92 * page.height:
            return re.sub(r"\d+", "#", row.text().strip().lower())
        return None

    counts = Counter(k for p in pages for k in {key(p, r) for r in p.rows} if k)
    running = {k for k, n in counts.items() if n >= max(3, len(pages) // 2)}
    for page in pages:
        page.rows = [r for r in page.rows if key(page, r) not in running]


def _assemble(path: Path, data: bytes, pages: list[Page], warnings: list[tuple[str, str]]) -> Source:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    stamps: list[dict] = []
    offset = 0
    for page in pages:
        chunks = page_chunks(page.rows, page.blocks, page.width)
        lines, found = remove_stamps("\n\n".join(chunks).split("\n"))
        stamps.extend(page.stamps + found)
        if page.kind in ("ocr", "garbage"):
            lines = _repair(path, page, drop_arrival_stamp(lines) if page.index == 0 else lines, warnings)
        text = "\n".join(lines)
        if parts:
            offset += 2  # the blank line between two pages
        spans.append((offset, offset + len(text)))
        parts.append(text)
        offset += len(text)
    text = "\n\n".join(parts)
    ocr_spans = [span for span, page in zip(spans, pages) if page.kind in ("ocr", "garbage")]
    if ocr_spans:  # misread diacritics, corrected by how the rest of the document spells the same words
        text = apply_consensus(text, ocr_spans)
    source = Source(str(path), "pdf", hashlib.sha256(data).hexdigest(), text, pages=spans, warnings=warnings)
    source.meta["page_kinds"] = [p.kind for p in pages]  # how each page was read
    source.meta["page_layers"] = [p.layer for p in pages]  # what text layer each page had
    signatures = [s for p in pages for s in p.signatures]
    if stamps or signatures:
        # A visible stamp says who published the file; without one, the last signature does.
        source.meta["signing"] = stamps[0] if stamps else max(signatures, key=lambda s: s.get("time") or "")
        source.meta["signatures"] = stamps + signatures
    if not source.text.strip():
        warnings.append(("no-text", f"{path}: no text could be read from the PDF"))
    return source


def _repair(path: Path, page: Page, lines: list[str], warnings: list[tuple[str, str]]) -> list[str]:
    out = []
    for line in lines:
        fixed, doubtful = repair_line(line)
        for token in doubtful:
            warnings.append(("ocr-doubtful", f"{path}: page {page.index + 1}: unreadable date part {token!r} in {fixed.strip()[:80]!r}"))
        out.append(fixed)
    return out
