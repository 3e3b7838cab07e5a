"""Is a page's text layer another engine's OCR? A scanned page carried as one picture of the whole
page, with its text laid over it invisibly (text render mode 3), so that it can be searched and
copied: what scanners and "make searchable" tools write.

Such a layer may read well (then the syllable check in ``syllables`` passes it) and still be
wrong where it matters most: the number and day written by hand into the blanks, the issuer's
name in the header, the signer's name under the seal (an engine without the seal's colour and
without Vietnamese names reads "39/2024/TT-BVT" for "38/2024/TT-BYT"). A born-digital page draws
its text (render mode 0) and carries at most a logo or a seal as a picture: never both marks.
"""

from __future__ import annotations

import pypdfium2.raw as pdfium_c

# Share of the page a picture must cover to be a scan of the whole page: scanners crop or pad a
# few points (the shared scans: 0.98-1.00); the pictures of born-digital pages (logos, seals,
# signatures) cover at most 0.05 of them.
PAGE_IMAGE_SHARE = 0.9
# Characters sampled, spread over the page, to judge whether the text is drawn: a layer written
# by OCR is invisible throughout, a born-digital page draws nearly all of it.
SAMPLED_CHARS = 24
# Share of the sampled characters that must be invisible: a few drawn characters (a page number
# or a stamp an office added to the scan) leave the page a scan.
INVISIBLE_SHARE = 0.8
_INVISIBLE = (3, 7)  # PDF text render modes that neither fill nor stroke (7 also clips)
# An OCR layer is trusted (its pages other than the first and the signing one are not OCR'd
# again) only when it reads like typed text: a higher bar than a text layer's (syllables.Quality
# .usable: valid 0.85, marked 0.45), which lets through an engine that lost the marks of every
# other word. Typed pages of the shared PDFs and the renderings (234 pages) read valid 0.90-1.0,
# marked 0.74-0.93; the one shared OCR layer that reads Vietnamese, valid 0.98-1.0, marked 0.84-0.93.
TRUSTED_VALID = 0.88
TRUSTED_MARKED = 0.65


def is_ocr_layer(page, textpage) -> bool:
    """Whether this PDFium page's text is an invisible layer over a picture of the whole page.
    Costs a few calls on a born-digital page: its drawn text answers before any picture is looked at."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return False
    step = max(1, count // SAMPLED_CHARS)
    sampled = invisible = 0
    for index in range(0, count, step):
        obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
        if not obj:
            continue
        sampled += 1
        invisible += pdfium_c.FPDFTextObj_GetTextRenderMode(obj) in _INVISIBLE
        if sampled - invisible > (1 - INVISIBLE_SHARE) * SAMPLED_CHARS:
            return False  # drawn text: a born-digital page
    if not sampled or invisible < INVISIBLE_SHARE * sampled:
        return False
    return image_share(page) >= PAGE_IMAGE_SHARE


def trusted(quality) -> bool:
    """Whether an OCR layer of this quality (syllables.Quality) reads like typed text."""
    # (a page of a few words cannot be judged, as for any text layer)
    return quality.words < 12 or (quality.valid >= TRUSTED_VALID and quality.toned >= TRUSTED_MARKED)


def image_share(page) -> float:
    """The largest share of the page one picture covers (pictures inside form objects too)."""
    # the media box, not the page's size: pictures are placed in the unrotated page's space
    x0, y0, x1, y1 = page.get_mediabox()
    area = (x1 - x0) * (y1 - y0)
    if area <= 0:
        return 0.0
    best = 0.0
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        covered = max(0.0, min(right, x1) - max(left, x0)) * max(0.0, min(top, y1) - max(bottom, y0))
        best = max(best, covered / area)
    return best


def scanned_pages(data: bytes) -> set[int]:
    """Which pages of a PDF (read by pdfplumber, the fall-back reader) are an OCR layer over a
    picture of the page, as PDFium sees them; none when PDFium cannot open the file."""
    import pypdfium2 as pdfium

    from plankb.extractors.readers.pdf_chars import LOCK

    found = set()
    with LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except Exception:
            return found
        try:
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                try:
                    if is_ocr_layer(page, textpage):
                        found.add(index)
                finally:
                    textpage.close()
        finally:
            document.close()
    return found
