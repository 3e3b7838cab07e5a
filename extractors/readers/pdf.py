"""PDF: the text layer read by word positions (pdfplumber), OCR for pages without a usable one.

Per page: words with their boxes, plus the text of form widgets (the number and day stamped into
the blanks when a document is issued); tables as tab-separated rows; rows rebuilt, the two-column
header and closing read column by column, body rows reflowed into paragraphs; page numbers and
running headers dropped; the digital-signature stamp read into ``meta["signing"]`` and removed.
A page whose text layer is missing or is old OCR garbage is OCR'd when Tesseract is installed.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from plankb.extractors.readers import ocr, pdf_damage
from plankb.extractors.readers.ocr_consensus import apply_consensus
from plankb.extractors.readers.ocr_repairs import repair_line
from plankb.extractors.readers.pdf_widgets import is_number_sized, page_widgets, signing_from, widget_words
from plankb.extractors.readers.positioned import Block, Row, Word, build_rows, drop_page_numbers, page_chunks
from plankb.extractors.readers.stamp import parse_stamp, remove_stamps
from plankb.extractors.source import ReadError, Source, read_bytes
from plankb.extractors.syllables import text_quality

FORMATS = {".pdf": "pdf"}
_BOLD = re.compile(r"bold|black|heavy|semibold|,B\b|-B\b", re.I)


@dataclass
class Page:
    index: int
    width: float
    height: float
    rows: list[Row] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    kind: str = "text"  # "text", "ocr", "garbage" (old OCR layer kept), "empty"
    layer: str = "text"  # what the file itself had: "text", "garbage" (an unusable OCR layer) or "empty"
    needs_ocr: bool = False
    ocr_lines: list[list[Word]] = field(default_factory=list)  # what OCR gave, before rows are built
    ocr_blocks: list[int] = field(default_factory=list)
    stamps: list[dict] = field(default_factory=list)  # visible stamps read from widgets
    signatures: list[dict] = field(default_factory=list)  # signature dictionaries without a stamp


def read(path: Path) -> Source:
    data = read_bytes(path)
    warnings: list[tuple[str, str]] = []
    pages = _read_pages(path, warnings, data)
    _ocr(path, pages, warnings)
    _drop_running_lines(pages)
    return _assemble(path, data, pages, warnings)


def page_layers(path: Path) -> list[str]:
    """What text layer each page has ("text", "garbage" or "empty"), judged as ``read`` judges it,
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

    with pdf_chars.LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except Exception:
            return None
        try:
            if len(document) == 0:
                return None
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
    streams and signature dictionaries are read with pdfminer, pdf_widgets), and walked only as
    far as that page."""

    def __init__(self, data: bytes):
        self.data = data
        self._walk = None
        self._pages: list = []

    def __getitem__(self, index: int):
        if self._walk is None:
            import io

            from pdfminer.pdfdocument import PDFDocument
            from pdfminer.pdfpage import PDFPage
            from pdfminer.pdfparser import PDFParser

            self._walk = PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(self.data))))
        while len(self._pages) <= index:
            self._pages.append(next(self._walk))
        return self._pages[index]


def _read_pdfium_page(page, index: int, path: Path | None, annotated: _PdfminerPages) -> Page:
    from plankb.extractors.readers import pdf_chars

    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        chars = pdf_chars.page_chars(textpage, height)
    finally:
        textpage.close()
    raw = pdf_chars.words(chars)
    words = [Word(w.x0, w.x1, w.top, w.bottom, w.text, _bold([c.fontname for c in w.chars])) for w in raw]
    widgets = []
    if pdf_chars.has_widgets(page):
        try:
            widgets = page_widgets(annotated[index])
        except Exception:  # pdfminer cannot walk the file: the page's text stands
            widgets = []

    def tables(words: list[Word]) -> tuple[list[Block], list[Word]]:
        rules = pdf_chars.ruling(page, height)
        if rules.count < 4:  # no ruling, no table: spare the table finder its cost
            return [], words
        return _table_blocks(pdf_chars.tables(rules, chars, width, height), words)

    return _page_from(index, float(width), float(height), words, bool(raw), widgets, tables, path)


def _read_with_pdfplumber(path: Path, warnings: list[tuple[str, str]] | None, data: bytes) -> list[Page]:
    import io

    import pdfplumber

    truncated = pdf_damage.is_truncated(data)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if not pdf.pages:
                raise ReadError(f"{path}: the PDF has no pages")
            pages = [_read_page(page, i, path) for i, page in enumerate(pdf.pages)]
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
                pages = [_read_page(page, i, path) for i, page in enumerate(pdf.pages)]
                declared = pdf_damage.declared_pages(pdf)
        except Exception:
            pages = []
        if not pages:
            raise ReadError(f"{path}: not a readable PDF (cut short before its first page: {type(exc).__name__}: {exc})") from exc
    if truncated and warnings is not None:
        warnings.append(pdf_damage.truncation_warning(path, [p.index for p in pages], declared))
    return pages


def _read_page(page, index: int, path: Path | None = None) -> Page:
    """A pdfplumber page (the fall-back reader)."""
    # Not split at a change of font: Word's PDF export often sets the accented letters of a word in
    # a second subset of the same font ("Vi|ệ|c" would become three words).
    raw = page.extract_words(return_chars=True)
    words = [Word(w["x0"], w["x1"], w["top"], w["bottom"], w["text"], _bold([c.get("fontname") for c in w["chars"]])) for w in raw]
    widgets = page_widgets(page.page_obj) if page.page_obj.annots else []
    return _page_from(index, float(page.width), float(page.height), words, bool(raw), widgets, lambda ws: _tables(page, ws), path)


def _page_from(index: int, width: float, height: float, words: list[Word], has_text: bool, widgets: list, tables, path: Path | None) -> Page:
    """A page from its words and widgets, whichever engine read them: the stamps and signatures,
    the numbers stamped into blanks, the text layer's quality, tables, rows."""
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
    if pictured and path is not None:
        words.extend(_on_its_line(w, words) for w in ocr.widget_numbers(str(path), index, pictured))
    quality = text_quality(" ".join(w.text for w in words))
    if not has_text or not quality.usable:
        result.needs_ocr = True
        result.kind = result.layer = "garbage" if has_text else "empty"
    else:
        result.blocks, words = tables(words)
    result.rows = drop_page_numbers(build_rows([[w] for w in words]), result.height)
    return result


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
    return _table_blocks([(table.bbox, table.extract()) for table in page.find_tables()], words)


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
    numbers = _page_list([p.index for p in wanted])
    reason = ocr.unavailable()
    if reason:
        warnings.append(("ocr-unavailable", f"{path}: page(s) {numbers} have no usable text layer and cannot be OCR'd: {reason}"))
        return
    results = ocr.ocr_pages(str(path), [p.index for p in wanted], label=path.name)
    for page in wanted:
        result = results.get(page.index)
        if isinstance(result, Exception) or result is None:
            warnings.append(("ocr-failed", f"{path}: OCR of page {page.index + 1} failed ({result})"))
            continue
        page.ocr_lines, page.ocr_blocks = result
        page.rows = drop_page_numbers(build_rows(*result), page.height)
        page.blocks = []
        page.kind = "ocr"
    _signer_under_seal(path, wanted, warnings)


# Where a scan's signature block starts: "Nơi nhận" on the left (OCR may lose its first letter),
# or an authority line on the right ("KT. BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN").
_RECIPIENTS_ROW = re.compile(r"(?:^|\s)n?ơi\s*nhận\b")
_AUTHORITY_WORD = re.compile(r"^(?:kt|tm|tl|tuq|q)\s*[./]", re.I)
_STRAY = re.compile(r"^[^\wĐđ]+")


def _signer_under_seal(path: Path, pages: list[Page], warnings: list[tuple[str, str]]) -> None:
    """A scan's signer is printed under the red seal and the signature, and whole-page OCR often
    drops the name with them: read the signature block again on its own and add the line that is
    a person's name (a family name first, every syllable a capitalised Vietnamese syllable)."""
    from plankb.extractors.text import fold

    for page in pages:
        if page.kind != "ocr":
            continue
        start = next((r for r in page.rows if _RECIPIENTS_ROW.search(fold(r.text()))), None)
        # The authority line ("KT. BỘ TRƯỞNG") heads the block; a long list of recipients may
        # start well above it.
        authority = next((r for r in page.rows if r.x0 > 0.4 * page.width and _AUTHORITY_WORD.match(r.words[0].text)
                          and (start is None or r.top >= start.top - 2)), None)
        anchor = authority or start
        if anchor is None:
            continue
        for row in (r for r in page.rows if r.top >= anchor.top - 2):
            right_words = [w for w in row.words if w.x0 > 0.4 * page.width]
            name = _name_words(right_words)
            if name:  # the page pass read the name; it may share its row with "Lưu: VT", or be misspelt
                if len(name) < len(row.words) or [w.text for w in name] != [w.text for w in right_words]:
                    _put_name(page, name)
                return
        box = (0.45 * page.width, max(0.0, anchor.top - 0.01 * page.height), 0.98 * page.width,
               min(page.height, anchor.top + 0.32 * page.height))
        for psm, threshold, red in ocr.REGION_READINGS:
            try:
                lines = ocr.region_words(str(path), page.index, box, psm, threshold, red)
            except Exception as exc:  # the page's own text stands; only the second look is lost
                warnings.append(("ocr-failed", f"{path}: OCR of the signature block on page {page.index + 1} failed ({exc})"))
                return
            names = [n for n in (_name_words(line) for line in lines) if n]
            if names:
                _put_name(page, names[-1])
                return
        return


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
    from plankb.extractors.text import strip_accents

    bare = strip_accents(text).lower().replace("đ", "d")
    if len(bare) < 4 or not bare.isalpha():
        return None
    scores = sorted(((fuzz.ratio(bare, strip_accents(s).lower().replace("đ", "d")), s) for s in SURNAMES), reverse=True)
    (best, name), (second, _) = scores[0], scores[1]
    return name if best >= 85 and best > second else None


def _name_words(words: list[Word]) -> list[Word] | None:
    """The words of a person's name in an OCR line ("` Nguyễn Đức Chi", "xNguyễn Chí Dũng"), or None."""
    from plankb.extractors.patterns.layout_markers import SURNAMES
    from plankb.extractors.syllables import is_syllable

    texts = [_STRAY.sub("", w.text) for w in words]
    for i, text in enumerate(texts):
        surname = text if text in SURNAMES else text[1:] if text[1:] in SURNAMES and text[:1].islower() else _near_surname(text)
        if surname is None:
            if len(text) > 2:  # only specks and strokes may stand before the name
                return None
            continue
        rest = texts[i + 1 :]
        # After specks, two words may be the end of a longer name ("Đo àn Thái Sơn").
        if not (2 if i else 1) <= len(rest) <= 4:
            return None
        # A second look through seal and signature must read clean syllables ("Wnh" is no name).
        if not all(t[:1].isupper() and t[1:].islower() and t.isalpha() and is_syllable(t) for t in rest):
            return None
        first = words[i]
        return [Word(first.x0, first.x1, first.top, first.bottom, surname),
                *(Word(w.x0, w.x1, w.top, w.bottom, t) for w, t in zip(words[i + 1 :], rest))]
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
            lines = _repair(path, page, lines, warnings)
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
