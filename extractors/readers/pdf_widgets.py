"""Text that lives in a PDF's form widgets rather than in the page: the signature stamp, and the
number and day that e-government software stamps into the blanks of "Số:    /2024/TT-BGTVT" and
"ngày    tháng    năm" when the office issues the document. Page text extraction does not see
widgets, so their appearance streams are rendered here with pdfminer (opened only for the pages
that have widgets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer
from pdfminer.pdfinterp import LITERAL_FORM, PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, dict_value, int_value, list_value, resolve1
from pdfminer.psparser import END_HEX_STRING, LIT, SPC

from plankb.extractors.readers.positioned import Word
from plankb.extractors.readers.stamp import parse_stamp, pdf_date


@dataclass
class Widget:
    lines: list[str]  # the appearance's text, top to bottom
    box: tuple[float, float, float, float]  # x0, top, x1, bottom in page coordinates (top-down)
    signature: dict  # what the signature dictionary says: time, reason


class _Frame:
    """The little a pdfminer device asks of a page."""

    def __init__(self, bbox):
        self.pageid = 0
        self.mediabox = self.cropbox = bbox
        self.rotate = 0
        self.attrs = {}


def _chars(obj):
    if isinstance(obj, LTChar):
        yield obj
    elif isinstance(obj, LTContainer):
        for child in obj:
            yield from _chars(child)


class HexParser(PDFParser):
    """pdfminer's object parser, reading hex strings with ``bytes.fromhex``: a signature
    dictionary's /Contents is kilobytes of hex (the signature and its certificates), which
    pdfminer decodes pair by pair in Python, most of the time of reading a signed page's widgets.
    The same bytes come out."""

    def _parse_hexstring(self, s: bytes, i: int) -> int:
        m = END_HEX_STRING.search(s, i)
        if not m:
            self._curtoken += s[i:]
            return len(s)
        j = m.start(0)
        self._curtoken += s[i:j]
        digits = SPC.sub(b"", self._curtoken)
        token = bytes.fromhex(digits[: len(digits) // 2 * 2].decode("ascii"))
        if len(digits) % 2:  # pdfminer reads a lone last digit as a byte of its own value
            token += bytes((int(digits[-1:], 16),))
        self._add_token(token)
        self._parse1 = self._parse_main
        return j


# The operators that show text: a content stream without any of these bytes shows none
_SHOWS_TEXT = re.compile(rb"T[jJ]|['\"]")


def _shows_no_text(stream: PDFStream) -> bool:
    """Whether an appearance shows no text for certain: no text-showing operator (Tj, TJ, ', ")
    in its content nor in that of any form it may draw. Most signature widgets show a picture
    (the signer's signature, the seal, a number stamped as an image): they are not interpreted,
    which was most of the time of reading a signed page's widgets."""
    todo = [(stream, resolve1(stream.attrs.get("Resources")) or {})]
    seen: set = set()
    while todo:
        current, resources = todo.pop()
        key = getattr(current, "objid", None) or id(current)
        if key in seen:
            continue
        if len(seen) > 100 or _SHOWS_TEXT.search(current.get_data()):
            return False
        seen.add(key)
        for ref in (resolve1(resources.get("XObject")) or {}).values():
            xobject = resolve1(ref)
            if isinstance(xobject, PDFStream) and xobject.get("Subtype") is LITERAL_FORM:
                # a form without resources of its own draws with those of the stream it is drawn in
                todo.append((xobject, resolve1(xobject.get("Resources")) or resources))
    return True


def _appearance_lines(stream: PDFStream, manager: PDFResourceManager | None = None) -> list[str]:
    return [] if _shows_no_text(stream) else _interpreted_lines(stream, manager)


def _interpreted_lines(stream: PDFStream, manager: PDFResourceManager | None = None) -> list[str]:
    """The lines of text an appearance stream shows, as pdfminer's interpreter draws them."""
    manager = manager or PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager)
    interpreter = PDFPageInterpreter(manager, device)
    frame = _Frame(resolve1(stream.attrs.get("BBox")) or [0, 0, 1000, 1000])
    device.begin_page(frame, (1, 0, 0, 1, 0, 0))
    interpreter.render_contents(resolve1(stream.attrs.get("Resources")) or {}, [stream], ctm=(1, 0, 0, 1, 0, 0))
    device.end_page(frame)
    rows: dict[int, list[LTChar]] = {}
    for ch in _chars(device.get_result()):
        rows.setdefault(round(ch.y0), []).append(ch)
    lines = ["".join(c.get_text() for c in sorted(chars, key=lambda c: c.x0)) for _y, chars in sorted(rows.items(), reverse=True)]
    return [" ".join(line.split()) for line in lines if line.strip()]


def _text(value) -> str | None:
    value = resolve1(value)
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be", errors="replace")
        return value.decode("latin-1")
    return value if isinstance(value, str) else None


_PAGE, _PAGES = LIT("Page"), LIT("Pages")


def page_at(document, index: int):
    """Page ``index`` of a pdfminer ``PDFDocument``, found by the page tree's counts instead of
    walking every page before it: a subtree is skipped by its /Count, and a node with as many kids
    as pages (a flat tree, as most writers make it) gives its kid at the index at once. A widget on
    page 40 then costs parsing one page, not forty. None when the tree is not as its counts say;
    the caller walks it as pdfminer does (``PDFPage.create_pages``)."""
    from pdfminer.pdfpage import PDFPage

    try:
        parent, ref = document.catalog, document.catalog.get("Pages")
        for _depth in range(64):
            props = dict_value(ref).copy()
            for key, value in parent.items():  # pdfminer's inheritance of Resources, MediaBox ...
                if key in PDFPage.INHERITABLE_ATTRS and key not in props:
                    props[key] = value
            if props.get("Type") is _PAGE:
                return PDFPage(document, ref.objid, props, None) if index == 0 else None
            kids = list_value(props.get("Kids"))
            if len(kids) == int_value(props.get("Count")) and index < len(kids) and dict_value(kids[index]).get("Type") is _PAGE:
                parent, ref, index = props, kids[index], 0
                continue
            for kid in kids:
                node = dict_value(kid)
                count = int_value(node.get("Count")) if node.get("Type") is _PAGES else 1
                if index < count:
                    parent, ref = props, kid
                    break
                index -= count
            else:
                return None
    except Exception:  # a broken tree: walked as pdfminer walks it
        return None
    return None


def page_widgets(page, manager: PDFResourceManager | None = None) -> list[Widget]:
    """The widgets of a page (pdfminer's ``PDFPage``) that show text or carry a signature;
    ``manager`` (pdfminer's fonts and resources) may be shared by the pages of one document."""
    manager = manager or PDFResourceManager(caching=True)
    try:
        annots = resolve1(page.annots) or []
    except Exception:  # a broken annotation array must not lose the page's text
        return []
    x_left, _y0, _x1, y_top = page.mediabox
    widgets = []
    for ref in annots:
        try:
            annot = resolve1(ref)
            if not isinstance(annot, dict) or getattr(resolve1(annot.get("Subtype")), "name", None) != "Widget":
                continue
            value = resolve1(annot.get("V"))
            signature = {}
            if isinstance(value, dict):
                signature = {"time": pdf_date(_text(value.get("M")) or ""), "reason": _text(value.get("Reason"))}
            appearance = resolve1((resolve1(annot.get("AP")) or {}).get("N"))
            lines = _appearance_lines(appearance, manager) if isinstance(appearance, PDFStream) else []
            x0, y0, x1, y1 = (float(v) for v in resolve1(annot.get("Rect")))
        except Exception:  # one odd widget is skipped, not the file
            continue
        if lines or signature:
            box = (min(x0, x1) - x_left, y_top - max(y0, y1), max(x0, x1) - x_left, y_top - min(y0, y1))
            widgets.append(Widget(lines, box, signature))
    return widgets


_REASON = re.compile(r"^(?P<who>.+?)\s*<(?P<email>[^>]+@[^>]+)>")


def signing_from(widget: Widget) -> dict | None:
    """The stamp a signature widget shows, completed from its signature dictionary."""
    stamp = parse_stamp(widget.lines) if widget.lines else None
    if stamp is None and not widget.signature.get("time"):
        return None
    stamp = stamp or {"signer": None, "organization": None, "time": None, "email": None}
    if not stamp["time"]:
        stamp["time"] = widget.signature.get("time")
    m = _REASON.match(widget.signature.get("reason") or "")
    if m:  # "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ<thongtinchinhphu@chinhphu.vn> đã ký lên văn bản này!"
        stamp["signer"] = stamp["signer"] or m["who"].strip()
        stamp["email"] = stamp["email"] or m["email"].strip()
    return stamp


def widget_words(widget: Widget) -> list[Word]:
    """A widget's text as words placed in its box (one line: the number or day filled in)."""
    if len(widget.lines) != 1 or parse_stamp(widget.lines):
        return []
    x0, top, x1, bottom = widget.box
    text = widget.lines[0]
    # The box is wider than its text, which the software centres: shrink the box to fit it.
    width = min(x1 - x0, 0.5 * (bottom - top) * len(text))
    mid = (x0 + x1) / 2
    return [Word(mid - width / 2, mid + width / 2, top, bottom, text)]


def is_number_sized(box: tuple[float, float, float, float]) -> bool:
    """A signature widget the size of a number or a day: the software that issues a document may
    stamp "21" into "Số    -HD/BTCTU" as a signed picture rather than as text."""
    x0, top, x1, bottom = box
    return 4 <= x1 - x0 <= 70 and 6 <= bottom - top <= 30


def fills_a_blank(box: tuple[float, float, float, float], words: list[Word]) -> bool:
    """Whether a widget stands in a blank of its line, text before it and after it a few of its
    heights away: the number or day stamped into "Số    -HD/BTCTU" or "ngày    tháng" does (a
    blank has its label before and the rest of the number or date after). A signed picture of
    that size with no text after it on its line (a small seal or signature at the end of the last
    paragraph or in the signature block) is no number, and Tesseract is not asked to read it."""
    x0, top, x1, bottom = box
    reach, middle = 3 * (bottom - top), (x0 + x1) / 2
    before = after = False
    for w in words:
        if min(w.bottom, bottom) - max(w.top, top) < 0.5 * (w.bottom - w.top):
            continue  # not on the widget's line
        centre = (w.x0 + w.x1) / 2
        before = before or (centre < middle and w.x1 >= x0 - reach)
        after = after or (centre > middle and w.x0 <= x1 + reach)
    return before and after
