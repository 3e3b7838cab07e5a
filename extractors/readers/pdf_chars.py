"""A born-digital page's characters, words and ruling lines read with PDFium (pypdfium2).

pdfplumber (pdfminer) interprets every page's content stream in Python: about 17 times the time
PDFium needs to give the same characters with their boxes. This module reads what the PDF reader
needs from PDFium and shapes it as pdfplumber did, so the pages read the same:

- characters with pdfminer's boxes: x from the glyph's advance (PDFium's "loose" box), the height
  of the font size above the descent line, the font's name (for bold); kept as columns (numpy
  arrays, ``PageChars``): PDFium is asked two things of each character (its text object and its
  origin), all else once per text object or per font, and the rest is done on whole arrays;
- words as pdfplumber's ``extract_words`` groups them (lines of tops within 3 pt, a new word at a
  space, a step back or a gap of more than 3 pt), the upright ones made from the columns at once;
- ruling: the page's path objects split into pdfminer's lines, rectangles and curves, whose edges
  pdfplumber's own table finder reads; the table cells' text from the same characters.

PDFium's page coordinates have their origin at the bottom left; pdfplumber's (and ours) at the top
left of the media box. Pages that are rotated or whose media box does not start at (0, 0) are left
to pdfplumber by the caller (``is_plain``).
"""

from __future__ import annotations

import bisect
import contextlib
import ctypes
import gc
import itertools
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from plankb.extractors.readers.positioned import Word

# pdfplumber's word settings (the defaults ``extract_words`` used)
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
# A gap between two runs of text wider than this part of the font size is a space PDFium dropped
GAP = 0.12
# pdfplumber expands these ligatures when it joins characters into words
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
# PDFium gives a hyphen it judges to end a line as U+0002 or U+FFFE
_HYPHEN_TABLE = str.maketrans({"\x02": "-", "\ufffe": "-"})


# PDFium may not be called from two threads at once, not even on two documents (a Dask worker
# runs several files in threads): whoever reads a document with it holds this lock.
LOCK = threading.RLock()


def _library() -> ctypes.CDLL:
    """The PDFium library pypdfium2 loaded, with prototypes of our own taking plain addresses:
    the per-character calls are the cost, and pypdfium2's typed pointers add to each."""
    import pypdfium2_raw

    here = Path(pypdfium2_raw.__file__).parent
    path = next((p for p in here.iterdir() if "pdfium" in p.name and p.suffix in (".so", ".dylib", ".dll")), None)
    lib = ctypes.CDLL(str(path)) if path else pypdfium2_raw.bindings._libs["pdfium"]  # the same handle
    ptr, num, dbl = ctypes.c_void_p, ctypes.c_int, ctypes.c_double
    signatures = {
        "FPDFText_GetTextObject": (ptr, [ptr, num]),
        "FPDFText_GetLooseCharBox": (ctypes.c_int, [ptr, num, ptr]),
        "FPDFText_GetMatrix": (ctypes.c_int, [ptr, num, ptr]),
        "FPDFText_GetFontSize": (dbl, [ptr, num]),
        "FPDFText_GetFontInfo": (ctypes.c_ulong, [ptr, num, ptr, ctypes.c_ulong, ptr]),
        "FPDFText_GetText": (num, [ptr, num, num, ptr]),
        "FPDFText_GetUnicode": (ctypes.c_uint, [ptr, num]),
        "FPDFText_GetCharOrigin": (ctypes.c_int, [ptr, num, ptr, ptr]),
        "FPDFTextObj_GetFont": (ptr, [ptr]),
        "FPDFFont_GetDescent": (ctypes.c_int, [ptr, ctypes.c_float, ptr]),
        "FPDFFont_GetGlyphWidth": (ctypes.c_int, [ptr, ctypes.c_uint, ctypes.c_float, ptr]),
        "FPDFText_CountChars": (num, [ptr]),
        "FPDFPage_CountObjects": (num, [ptr]),
        "FPDFPage_GetObject": (ptr, [ptr, num]),
        "FPDFFormObj_CountObjects": (num, [ptr]),
        "FPDFFormObj_GetObject": (ptr, [ptr, ctypes.c_ulong]),
        "FPDFPageObj_GetType": (num, [ptr]),
        "FPDFPageObj_GetMatrix": (ctypes.c_int, [ptr, ptr]),
        "FPDFPath_CountSegments": (num, [ptr]),
        "FPDFPath_GetPathSegment": (ptr, [ptr, num]),
        "FPDFPath_GetDrawMode": (ctypes.c_int, [ptr, ptr, ptr]),
        "FPDFPageObj_GetFillColor": (ctypes.c_int, [ptr, ptr, ptr, ptr, ptr]),
        "FPDFPathSegment_GetPoint": (ctypes.c_int, [ptr, ptr, ptr]),
        "FPDFPathSegment_GetType": (num, [ptr]),
        "FPDFPathSegment_GetClose": (ctypes.c_int, [ptr]),
    }
    functions = {}
    for name, (restype, argtypes) in signatures.items():
        fn = lib[name]
        fn.restype, fn.argtypes = restype, argtypes
        functions[name] = fn
    # The calls made for every character, untyped (a third less time a call): their
    # arguments must be given as ctypes objects (c_void_p) or plain ints where C takes an int.
    for name in ("FPDFText_GetTextObject", "FPDFText_GetCharOrigin", "FPDFText_GetLooseCharBox", "FPDFText_GetMatrix", "FPDFText_GetFontSize"):
        fn = lib[name]  # a new function object, apart from the typed one
        fn.restype = signatures[name][0]
        functions[name + "_untyped"] = fn
    # A character's text object as a plain address (0 where it has none), for an array of them
    fn = lib["FPDFText_GetTextObject"]
    fn.restype = ctypes.c_size_t
    functions["FPDFText_GetTextObject_address"] = fn
    # The calls made for every object of a page (tens of thousands: every run of text is one)
    # when its paths are sought: untyped too, their handles returned as _Handle objects that the
    # next call takes as they are (a plain int would be cut to a C int).
    for name in ("FPDFPage_GetObject", "FPDFFormObj_GetObject", "FPDFPageObj_GetType", "FPDFPath_GetPathSegment",
                 "FPDFPathSegment_GetType", "FPDFPathSegment_GetPoint", "FPDFPathSegment_GetClose"):
        fn = lib[name]
        fn.restype = _Handle if signatures[name][0] is ptr else signatures[name][0]
        if name == "FPDFFormObj_GetObject":  # its index is an unsigned long: typed arguments
            fn.argtypes = signatures[name][1]
        functions[name + "_untyped"] = fn
    return type("Pdfium", (), functions)


class _Handle(ctypes.c_void_p):
    """A PDFium handle as a ctypes object: a subclass of c_void_p is not turned into an int when
    a call returns it."""


_C = None


def _c():
    global _C
    if _C is None:
        _C = _library()
    return _C


def _address(handle) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    fontname: str
    upright: bool


def is_plain(page: pdfium.PdfPage) -> bool:
    """Unrotated, its media box at the origin and the crop box the media box: PDFium's and
    pdfplumber's coordinates then differ only by the vertical flip."""
    box = page.get_mediabox()
    return page.get_rotation() == 0 and box[0] == 0 and box[1] == 0 and page.get_cropbox() == box


def annotation_count(page: pdfium.PdfPage) -> int:
    return pdfium_c.FPDFPage_GetAnnotCount(page)


def has_widgets(page: pdfium.PdfPage) -> bool:
    """Whether the page has form widgets (the signature stamp, numbers stamped into blanks)."""
    for k in range(pdfium_c.FPDFPage_GetAnnotCount(page)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, k)
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) == pdfium_c.FPDF_ANNOT_WIDGET:
                return True
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return False


class _Styles:
    """What the characters of one text object share: size, uprightness, font name and, for
    straight text, the font, the advance scale and pdfminer's band: from the font's descent below
    the baseline, the font size high. Read for each text object (one in eight characters begins
    one) at its first character; what does not depend on where the object stands, once for each
    font, matrix and font size."""

    def __init__(self, c, tp: int, height: float):
        self.c, self.tp, self.height = c, tp, height
        self.text_page = ctypes.c_void_p(tp)  # the untyped calls take the text page as a pointer object
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_at = ctypes.byref(self.matrix)
        self.origin_x, self.origin_y = ctypes.c_double(), ctypes.c_double()
        self.x_at, self.y_at = ctypes.byref(self.origin_x), ctypes.byref(self.origin_y)
        self.shapes: dict[tuple, tuple] = {}
        self.names: dict[int, str] = {}
        self.descents: dict[int, float] = {}

    def of(self, i: int, obj: int) -> tuple:
        """(size, upright, font name, top, bottom, font, advance scale) of the object ``obj`` whose
        first character is ``i``; top, bottom and font are None where the text is not straight."""
        c, matrix = self.c, self.matrix
        c.FPDFText_GetMatrix_untyped(self.text_page, i, self.matrix_at)
        fontsize = c.FPDFText_GetFontSize_untyped(self.text_page, i)
        font = c.FPDFTextObj_GetFont(obj)
        key = (font, matrix.a, matrix.b, matrix.c, matrix.d, fontsize)
        shape = self.shapes.get(key) if font else None
        if shape is None:
            shape = self._shape(i, key)
            if font:
                self.shapes[key] = shape
        size, upright, fontname, below, scale = shape
        if below is None:
            return size, upright, fontname, None, None, None, 0.0
        c.FPDFText_GetCharOrigin_untyped(self.text_page, i, self.x_at, self.y_at)
        bottom = self.height - (self.origin_y.value + below * size)
        return size, upright, fontname, bottom - size, bottom, font, scale

    def _shape(self, i: int, key: tuple) -> tuple:
        """(size, upright, font name, the descent below the baseline a point of size or None
        where the text is not straight, advance scale)."""
        c = self.c
        font, a, b, cc, d, fontsize = key
        size = fontsize * abs(d)
        fontname = self.names.get(font) if font else None
        if fontname is None:  # the name of the text object's font, read once per font
            name, flags = ctypes.create_string_buffer(256), ctypes.c_int()
            c.FPDFText_GetFontInfo(self.tp, i, ctypes.addressof(name), 256, ctypes.addressof(flags))
            fontname = name.value.decode("latin-1")
            if font:
                self.names[font] = fontname
        upright = a * d > 0 and b * cc <= 0  # pdfminer's test
        if not (b == 0 and cc == 0 and d > 0 and a > 0):
            return size, upright, fontname, None, 0.0
        below = self.descents.get(font)
        if below is None:
            descent = ctypes.c_float()
            below = self.descents[font] = descent.value / 1000 if c.FPDFFont_GetDescent(font, 1000.0, ctypes.addressof(descent)) else 0.0
        return size, upright, fontname, below, fontsize * a / 1000


@contextlib.contextmanager
def collector_paused():
    """The cyclic garbage collector held off while a document's characters and words are made:
    they are hundreds of thousands of small objects in no cycle, freed as each page is done, and
    the collections their creation sets off (walking every object alive, a loaded spaCy
    pipeline's too) cost a tenth to a fifth of the reading. Nested pauses leave it to the outer."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class PageChars:
    """A page's characters as columns (numpy arrays, one entry a character): the words are made
    from them at once (``words``); ``Char`` objects only when asked for (iterating: the table
    finder's cells, text that is not upright)."""

    __slots__ = ("codes", "x0", "x1", "top", "bottom", "size", "font", "upright", "fontnames", "_chars")

    def __init__(self, codes, x0, x1, top, bottom, size, font, upright, fontnames: list[str]):
        self.codes, self.x0, self.x1, self.top, self.bottom = codes, x0, x1, top, bottom
        self.size, self.font, self.upright, self.fontnames = size, font, upright, fontnames
        self._chars = None

    def __len__(self) -> int:
        return len(self.codes)

    def __iter__(self):
        return iter(self.chars)

    def __getitem__(self, k):
        return self.chars[k]

    @property
    def chars(self) -> list[Char]:
        if self._chars is None:
            self._chars = self._made(slice(None))
        return self._chars

    def at(self, indexes: np.ndarray) -> list[Char]:
        """The characters at these indexes (made for them alone unless all are made)."""
        if self._chars is not None:
            return [self._chars[k] for k in indexes.tolist()]
        return self._made(indexes)

    def _made(self, which) -> list[Char]:
        names = self.fontnames
        return list(map(Char, map(chr, self.codes[which].tolist()), self.x0[which].tolist(), self.x1[which].tolist(),
                        self.top[which].tolist(), self.bottom[which].tolist(), self.size[which].tolist(),
                        [names[k] for k in self.font[which].tolist()], self.upright[which].tolist()))


def _empty() -> PageChars:
    floats = np.zeros(0)
    return PageChars(np.zeros(0, dtype=np.uint32), floats, floats, floats, floats, floats, np.zeros(0, dtype=np.intp),
                     np.zeros(0, dtype=bool), [])


def page_chars(textpage: pdfium.PdfTextPage, height: float) -> PageChars:
    """The characters PDFium found in the content (not those it adds between words and lines),
    in content order, with pdfminer's boxes in top-down page coordinates."""
    with collector_paused():
        return _page_chars(textpage, height)


# whether str.isspace() holds of each code point up to U+3000, the last that it holds of
_SPACES = np.array([chr(k).isspace() for k in range(0x3001)] + [False])


def _is_space(codes: np.ndarray) -> np.ndarray:
    return _SPACES[np.minimum(codes, 0x3001)]


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", errors="surrogatepass"), dtype="<u4").astype(np.uint32)


def _page_chars(textpage: pdfium.PdfTextPage, height: float) -> PageChars:
    c = _c()
    tp = _address(textpage.raw)
    n = c.FPDFText_CountChars(tp)
    if n <= 0:
        return _empty()
    buffer = (ctypes.c_ushort * (n + 1))()
    written = c.FPDFText_GetText(tp, 0, n, ctypes.addressof(buffer))
    text = bytes(buffer)[: 2 * max(0, written - 1)].decode("utf-16-le", errors="replace")
    if len(text) != n:  # characters outside the BMP take two units: one at a time then
        text = "".join(chr(c.FPDFText_GetUnicode(tp, i)) for i in range(n))
    if "\x02" in text or "\ufffe" in text:
        text = text.translate(_HYPHEN_TABLE)
    codes = _codes(text)
    # The two calls made for every character: its text object (none for a character PDFium put
    # between words and lines) and its origin; all else is asked once per text object or font.
    styles = _Styles(c, tp, height)
    text_page, origin_x, x_at, y_at = styles.text_page, styles.origin_x, styles.x_at, styles.y_at
    all_objects = np.fromiter(map(c.FPDFText_GetTextObject_address, itertools.repeat(text_page, n), range(n)), dtype=np.uint64, count=n)
    kept_at = np.flatnonzero(all_objects)
    if not len(kept_at):
        return _empty()
    kept = kept_at.tolist()
    get_origin = c.FPDFText_GetCharOrigin_untyped
    xs = []
    append = xs.append
    for i in kept:
        get_origin(text_page, i, x_at, y_at)
        append(origin_x.value)
    x0 = np.array(xs)
    objs = all_objects[kept_at]
    codes_kept = codes[kept_at]
    # runs of one text object, and each object's style (read at its first character)
    new_object = np.concatenate(([True], objs[1:] != objs[:-1]))
    starts = np.flatnonzero(new_object)
    numbers: dict[int, int] = {}  # text object -> its style's number
    found: list[tuple] = []
    run_style = []
    for i, obj in zip(kept_at[starts].tolist(), objs[starts].tolist()):
        s = numbers.get(obj)
        if s is None:
            s = numbers[obj] = len(found)
            found.append(styles.of(i, obj))
        run_style.append(s)
    style = np.repeat(np.array(run_style, dtype=np.intp), np.diff(np.append(starts, len(kept))))
    sizes, uprights, fontnames, tops, bottoms, fonts, scales = zip(*found)
    fontname_index = {f: k for k, f in enumerate(dict.fromkeys(fontnames))}
    font_of_style = np.array([fontname_index[f] for f in fontnames], dtype=np.intp)
    size = np.array(sizes)[style]
    upright = np.array(uprights, dtype=bool)[style]
    straight = np.array([t is not None for t in tops], dtype=bool)[style]
    top = np.array([t if t is not None else 0.0 for t in tops])[style]
    bottom = np.array([b if b is not None else 0.0 for b in bottoms])[style]
    scale = np.array(scales)[style]
    # pdfminer's box runs from the pen for the glyph's advance (the font's /W widths), read once
    # per font and character; PDFium's "loose" box where the font has no width for it, or when
    # the text is rotated or skewed
    advance = np.full(len(kept), -1.0)
    font_ids = {f: k for k, f in enumerate(dict.fromkeys(f for f in fonts if f is not None))}
    if font_ids:
        font_handles = list(font_ids)
        font_id = np.array([font_ids[f] if f is not None else -1 for f in fonts], dtype=np.int64)[style]
        has_font = font_id >= 0
        keys = font_id[has_font] << 21 | codes_kept[has_font].astype(np.int64)
        distinct, inverse = np.unique(keys, return_inverse=True)
        width = ctypes.c_float()
        width_at, get_width = ctypes.addressof(width), c.FPDFFont_GetGlyphWidth
        widths = [width.value if get_width(font_handles[key >> 21], key & 0x1FFFFF, 1000.0, width_at) else -1.0
                  for key in distinct.tolist()]
        advance[has_font] = np.array(widths)[inverse.reshape(-1)]
    x1 = x0 + advance * scale
    get_box, rect = c.FPDFText_GetLooseCharBox_untyped, pdfium_c.FS_RECTF()
    rect_at = ctypes.byref(rect)
    for k in np.flatnonzero(advance < 0).tolist():
        get_box(text_page, kept[k], rect_at)
        x1[k] = rect.right
        if not straight[k]:  # rotated or skewed: the box PDFium gives
            top[k], bottom[k], x0[k] = height - rect.top, height - rect.bottom, rect.left
            size[k] = bottom[k] - top[k]
    # A space PDFium put between words, often where the file has a space of its own that PDFium
    # dropped (of another font subset, or overlapping the next word when a justified line is
    # squeezed); or such a dropped space seen as the gap where one run of text ends and the next
    # begins. Set just before the next character, so that the word ends there when the line is
    # read left to right; never after a space, nor as a space.
    dropped = np.ones(n, dtype=bool)
    dropped[kept_at] = False
    dropped_spaces = np.cumsum((codes == 32) & dropped)[kept_at]
    space_before = np.diff(dropped_spaces, prepend=0) > 0
    last_x1 = np.concatenate(([0.0], x1[:-1]))
    after_space = np.concatenate(([True], _is_space(codes_kept[:-1])))
    insert = (codes_kept != 32) & (space_before | (new_object & upright & (x0 - last_x1 > GAP * size))) & ~after_space
    font = font_of_style[style]
    if insert.any():
        take = np.repeat(np.arange(len(kept)), 1 + insert)
        spaces = np.concatenate((take[:-1] == take[1:], [False]))  # the first of two copies is the space
        codes_kept, x0, top, bottom, size, font, upright = (a[take] for a in (codes_kept, x0, top, bottom, size, font, upright))
        x1 = np.where(spaces, x0, x1[take])
        codes_kept[spaces] = 32
    return PageChars(codes_kept, x0, x1, top, bottom, size, font, upright, list(fontname_index))


# --- words, as pdfplumber's extract_words makes them ------------------------------------------


@dataclass(slots=True)
class RawWord:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    chars: list[Char]


def _clusters(values: list[float], tolerance: float) -> dict[float, int]:
    """pdfplumber's make_cluster_dict: sorted distinct values, a new cluster after a step of more
    than ``tolerance``."""
    out: dict[float, int] = {}
    k, last = -1, None
    for v in sorted(set(values)):
        if last is None or v > last + tolerance:
            k += 1
        out[v] = k
        last = v
    return out


def _lines(chars: list[Char], upright: bool) -> list[list[Char]]:
    if upright:  # lines by top, characters left to right
        cluster = _clusters([ch.top for ch in chars], Y_TOLERANCE)
        return [list(g) for _k, g in itertools.groupby(sorted(chars, key=lambda ch: (cluster[ch.top], ch.x0)), key=lambda ch: cluster[ch.top])]
    cluster = _clusters([ch.x0 for ch in chars], X_TOLERANCE)  # columns by x0, top to bottom
    return [list(g) for _k, g in itertools.groupby(sorted(chars, key=lambda ch: (cluster[ch.x0], ch.top, ch.bottom)), key=lambda ch: cluster[ch.x0])]


def _breaks(prev: Char, ch: Char, upright: bool) -> bool:
    if upright:
        return ch.x0 < prev.x0 or ch.x0 > prev.x1 + X_TOLERANCE or abs(ch.top - prev.top) > Y_TOLERANCE
    return ch.top < prev.top or ch.top > prev.bottom + Y_TOLERANCE or abs(ch.x0 - prev.x0) > X_TOLERANCE


_LIGATURE_TABLE = str.maketrans(LIGATURES)


def _word(chars: list[Char]) -> RawWord:
    text = "".join([ch.text for ch in chars]).translate(_LIGATURE_TABLE)
    return RawWord(text, min([ch.x0 for ch in chars]), max([ch.x1 for ch in chars]), min([ch.top for ch in chars]),
                   max([ch.bottom for ch in chars]), chars)


def _upright_word(chars: list[Char]) -> RawWord:
    """A word of upright characters sorted left to right: the first begins it."""
    if len(chars) == 1:
        ch = chars[0]
        return RawWord(ch.text.translate(_LIGATURE_TABLE), ch.x0, ch.x1, ch.top, ch.bottom, chars)
    text = "".join([ch.text for ch in chars]).translate(_LIGATURE_TABLE)
    return RawWord(text, chars[0].x0, max([ch.x1 for ch in chars]), min([ch.top for ch in chars]), max([ch.bottom for ch in chars]), chars)


def words(chars: PageChars, bold_face: Callable[[str], bool] | None = None) -> list[Word]:
    """Words as ``pdfplumber.Page.extract_words()`` gives them from the same characters, as the
    reader's words: bold when most of their letters are set in a face ``bold_face`` says is bold."""
    with collector_paused():
        bold_font = np.array([bool(bold_face and bold_face(name)) for name in chars.fontnames], dtype=np.int64)
        out: list[Word] = []
        upright = chars.upright
        bounds = np.flatnonzero(upright[1:] != upright[:-1]) + 1
        for a, b in zip([0, *bounds.tolist()], [*bounds.tolist(), len(upright)]):
            if a == b:
                continue
            if upright[a]:
                out.extend(_upright_words_at(chars, a, b, bold_font))
                continue
            for w in _words(chars.chars[a:b]):  # text not upright (rare): character by character
                bold = 2 * sum(bool(bold_face and bold_face(ch.fontname)) for ch in w.chars) > len(w.chars)
                out.append(Word(w.x0, w.x1, w.top, w.bottom, w.text, bold))
        return out


def _upright_words_at(chars: PageChars, a: int, b: int, bold_font: np.ndarray) -> list[Word]:
    """``_upright_words`` of the characters a to b, on their columns at once: the characters in
    lines of tops within 3 pt, each line left to right (in content order where two start at one
    x), a new word at a space, or after a gap of more than 3 pt or a step of the top of more than
    3 pt."""
    tops = chars.top[a:b]
    distinct = np.unique(tops)
    cluster = np.concatenate(([0], np.cumsum(distinct[1:] > distinct[:-1] + Y_TOLERANCE)))
    line = cluster[np.searchsorted(distinct, tops)]
    order = np.lexsort((chars.x0[a:b], line))  # stable: content order where both are equal
    line = line[order]
    order += a
    codes, x0, x1, top, bottom = chars.codes[order], chars.x0[order], chars.x1[order], chars.top[order], chars.bottom[order]
    space = _is_space(codes)
    starts_word = np.ones(len(order), dtype=bool)
    starts_word[1:] = ((line[1:] != line[:-1]) | space[:-1] | (x0[1:] > x1[:-1] + X_TOLERANCE)
                       | (np.abs(top[1:] - top[:-1]) > Y_TOLERANCE))
    letters = np.flatnonzero(~space)
    if not len(letters):
        return []
    starts = np.flatnonzero(starts_word[letters])
    ends = np.append(starts[1:], len(letters))
    text = codes[letters].astype("<u4").tobytes().decode("utf-32-le", errors="surrogatepass")
    texts = [text[s:e] for s, e in zip(starts.tolist(), ends.tolist())]
    if any(ligature in text for ligature in LIGATURES):
        texts = [t.translate(_LIGATURE_TABLE) for t in texts]
    x0, x1, top, bottom = x0[letters][starts], x1[letters], top[letters], bottom[letters]
    bold = 2 * np.add.reduceat(bold_font[chars.font[order[letters]]], starts) > ends - starts
    return list(map(Word, x0.tolist(), np.maximum.reduceat(x1, starts).tolist(), np.minimum.reduceat(top, starts).tolist(),
                    np.maximum.reduceat(bottom, starts).tolist(), texts, bold.tolist()))


def _words(chars: list[Char]) -> list[RawWord]:
    out: list[RawWord] = []
    for upright, group in itertools.groupby(chars, key=lambda ch: ch.upright):
        if upright:
            _upright_words(list(group), out)
            continue
        for line in _lines(list(group), upright):
            current: list[Char] = []
            prev = None
            for ch in line:
                if ch.text.isspace():
                    if current:
                        out.append(_word(current))
                    current, prev = [], None
                    continue
                if prev is not None and _breaks(prev, ch, upright):
                    out.append(_word(current))
                    current = [ch]
                else:
                    current.append(ch)
                prev = ch
            if current:
                out.append(_word(current))
    return out


def _upright_words(chars: list[Char], out: list[RawWord]) -> None:
    """``_lines`` and the word breaks of upright text in one pass: the characters in lines of
    tops within 3 pt, each line left to right (in content order where two start at one x), a
    new word at a space, or after a gap of more than 3 pt or a step of the top of more than 3 pt.
    Within a line the x never steps back, so that test of ``_breaks`` is spared."""
    cluster = _clusters([ch.top for ch in chars], Y_TOLERANCE)
    lines = list(map(cluster.__getitem__, [ch.top for ch in chars]))
    keys = list(zip(lines, [ch.x0 for ch in chars]))
    append, word = out.append, _upright_word
    current: list[Char] = []
    prev = None
    line = -1
    for k in sorted(range(len(chars)), key=keys.__getitem__):
        ch = chars[k]
        if lines[k] != line:
            if current:
                append(word(current))
            current, prev, line = [], None, lines[k]
        if ch.text.isspace():
            if current:
                append(word(current))
            current, prev = [], None
            continue
        if prev is not None and (ch.x0 > prev.x1 + X_TOLERANCE or abs(ch.top - prev.top) > Y_TOLERANCE):
            append(word(current))
            current = [ch]
        else:
            current.append(ch)
        prev = ch
    if current:
        append(word(current))


# --- ruling lines and tables ---------------------------------------------------------------------

_MOVE, _LINE, _BEZIER = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO, pdfium_c.FPDF_SEGMENT_BEZIERTO
_PATH, _FORM = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM


def _multiply(m: tuple, n: tuple) -> tuple:
    """m then n (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _paths(page: pdfium.PdfPage):
    """(path object, its matrix to page space) of every path painted on the page, forms included."""
    c = _c()
    matrix = pdfium_c.FS_MATRIX()
    at = ctypes.addressof(matrix)
    get_type = c.FPDFPageObj_GetType_untyped

    def walk(count, get, holder, parent, depth):
        for k in range(count):
            obj = get(holder, k)
            kind = get_type(obj)
            if kind != _PATH and kind != _FORM:
                continue
            obj = obj.value  # the typed calls take the address
            c.FPDFPageObj_GetMatrix(obj, at)
            m = _multiply((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), parent)
            if kind == _PATH:
                yield obj, m
            elif depth < 15:
                yield from walk(c.FPDFFormObj_CountObjects(obj), c.FPDFFormObj_GetObject_untyped, _Handle(obj), m, depth + 1)

    handle = _address(page.raw)
    yield from walk(c.FPDFPage_CountObjects(handle), c.FPDFPage_GetObject_untyped, _Handle(handle), (1, 0, 0, 1, 0, 0), 0)


def _subpaths(obj) -> list[tuple[str, list[tuple[float, float]]]]:
    """A path's subpaths as pdfminer records them: the operators ("m", "l", "c", "h") and the
    point each ends on (a closing "h" ends on the start)."""
    c = _c()
    x, y = ctypes.c_float(), ctypes.c_float()
    xa, ya = ctypes.byref(x), ctypes.byref(y)
    get_segment, get_kind, get_point, get_close = (c.FPDFPath_GetPathSegment_untyped, c.FPDFPathSegment_GetType_untyped,
                                                   c.FPDFPathSegment_GetPoint_untyped, c.FPDFPathSegment_GetClose_untyped)
    path = _Handle(obj)
    out: list[tuple[list[str], list[tuple[float, float]]]] = []
    bezier = 0
    for k in range(c.FPDFPath_CountSegments(obj)):
        seg = get_segment(path, k)
        kind = get_kind(seg)
        get_point(seg, xa, ya)
        point = (x.value, y.value)
        if kind == _MOVE or not out:
            out.append((["m"], [point]))
            bezier = 0
        elif kind == _BEZIER:  # PDFium keeps a curve as three points: two controls and the end
            bezier += 1
            if bezier < 3:
                continue
            bezier = 0
            out[-1][0].append("c")
            out[-1][1].append(point)
        else:
            out[-1][0].append("l")
            out[-1][1].append(point)
        if get_close(seg):
            ops, pts = out[-1]
            ops.append("h")
            pts.append(pts[0])
    return [("".join(ops), pts) for ops, pts in out]


def _painted(obj) -> bool:
    """Drawn where it shows: a path only filled white (Word's white shading behind words, a
    box to each space of a line) is no ruling, though pdfminer counts it (pdf.visible_ruling)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    _c().FPDFPath_GetDrawMode(obj, ctypes.addressof(fill), ctypes.addressof(stroke))
    if stroke.value or not fill.value:
        return bool(stroke.value)
    rgba = [ctypes.c_uint() for _ in range(4)]
    _c().FPDFPageObj_GetFillColor(obj, *(ctypes.addressof(x) for x in rgba))
    return any(x.value < 255 for x in rgba[:3])


@dataclass
class Ruling:
    """The page's paths as pdfminer classes them (in top-down coordinates)."""

    lines: list[dict]
    rects: list[dict]
    curves: list[dict]

    @property
    def count(self) -> int:
        """What the reader tests before looking for tables: ``len(page.rects) + len(page.lines)``."""
        return len(self.rects) + len(self.lines)


def _box(pts: list[tuple[float, float]], height: float) -> dict:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return {"x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": height - y1, "bottom": height - y0, "doctop": height - y1,
            "width": x1 - x0, "height": y1 - y0}


def ruling(page: pdfium.PdfPage, height: float) -> Ruling:
    """Lines, rectangles and curves as pdfminer's ``paint_path`` makes them of the page's paths."""
    out = Ruling([], [], [])
    for obj, m in _paths(page):
        if not _painted(obj):
            continue
        a, b, c, d, e, f = m
        for shape, raw in _subpaths(obj):
            pts = [(a * px + c * py + e, b * px + d * py + f) for px, py in raw]
            if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
                shape = shape[:-2] + "h"  # a redundant "l" back to the start before "h"
                pts.pop(-2)
            if shape in ("mlh", "ml"):
                item = _box(pts[:2], height)
                item["pts"] = [(px, height - py) for px, py in pts[:2]]
                out.lines.append(item)
                continue
            if shape in ("mlllh", "mllll"):
                (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
                square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
                if pts[0] == pts[4] and square:
                    out.rects.append(_box([pts[0], pts[2]], height))
                    continue
            item = _box(pts, height)
            item["pts"] = [(px, height - py) for px, py in pts]
            out.curves.append(item)
    return out


class _TablePage:
    """What pdfplumber's TableFinder asks of a page: its edges and bbox."""

    def __init__(self, rules: Ruling, width: float, height: float):
        from pdfplumber import utils

        self.bbox = (0, 0, width, height)
        for item in rules.lines:
            item["object_type"] = "line"
        for item in rules.rects:
            item["object_type"] = "rect"
        for item in rules.curves:
            item["object_type"] = "curve"
        self.edges = ([utils.line_to_edge(x) for x in rules.lines] + [e for x in rules.rects for e in utils.rect_to_edges(x)]
                      + [e for x in rules.curves for e in utils.curve_to_edges(x)])


def _cells_text(table, chars: PageChars | list[Char]) -> list[list[str | None]]:
    """pdfplumber's ``Table.extract()``: each cell's characters (those whose centre is in it) as
    ``extract_text`` joins them; the characters tested against each row once, not the page's."""
    x0, top, x1, bottom = table.bbox
    if isinstance(chars, PageChars):  # the centres on the columns: only the table's characters made
        h, v = (chars.x0 + chars.x1) / 2, (chars.top + chars.bottom) / 2
        at = np.flatnonzero((x0 <= h) & (h < x1) & (top <= v) & (v < bottom))
        inside = list(zip(h[at].tolist(), v[at].tolist(), chars.at(at)))
    else:
        inside = []
        for ch in chars:
            h, v = (ch.x0 + ch.x1) / 2, (ch.top + ch.bottom) / 2
            if x0 <= h < x1 and top <= v < bottom:
                inside.append((h, v, ch))
    # the characters by their centre's height: a row's are found by bisection, then put back in
    # content order (extract_text's lines depend on it)
    by_height = sorted(range(len(inside)), key=lambda k: inside[k][1])
    heights = [inside[k][1] for k in by_height]
    out = []
    for row in table.rows:
        rx0, rtop, rx1, rbottom = row.bbox
        span = sorted(by_height[bisect.bisect_left(heights, rtop) : bisect.bisect_left(heights, rbottom)])
        in_row = [c for c in (inside[k] for k in span) if rx0 <= c[0] < rx1]
        cells = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            in_cell = [c[2] for c in in_row if cx0 <= c[0] < cx1 and ctop <= c[1] < cbottom]
            cells.append(_text(in_cell) if in_cell else "")
        out.append(cells)
    return out


def _text(chars: list[Char]) -> str:
    """pdfplumber's ``extract_text`` (not laid out) of these characters: their words, as
    ``extract_words`` makes them, in lines of tops within 3 pt, top to bottom, each line's words
    in the order they were made."""
    found = _words(chars)
    cluster = _clusters([w.top for w in found], Y_TOLERANCE)
    lines = itertools.groupby(sorted(found, key=lambda w: cluster[w.top]), key=lambda w: cluster[w.top])
    return "\n".join(" ".join(w.text for w in line) for _k, line in lines)


def tables(rules: Ruling, chars: PageChars | list[Char], width: float, height: float, *, grids: bool = False) -> list[tuple[tuple, list[list[str | None]]]]:
    """(bbox, cells) of each table pdfplumber's ``find_tables`` finds on these ruling lines.

    With ``grids``, only the tables of at least two rows of two cells (what the reader keeps as
    a table): a page whose edges cannot make one is not searched (its rules are underlines, a
    frame, the lines of a form), and a table that has none has no text read."""
    from pdfplumber import table as plumber

    page = _TablePage(rules, width, height)
    # TableFinder's own steps, with the test between its edges and the costly rest
    finder = plumber.TableFinder.__new__(plumber.TableFinder)
    finder.page, finder.settings = page, plumber.TableSettings.resolve(None)
    edges = finder.get_edges()
    if grids and not _could_hold_grid(edges):
        return []
    settings = finder.settings
    crossings = plumber.edges_to_intersections(edges, settings.intersection_x_tolerance, settings.intersection_y_tolerance)
    found = [plumber.Table(page, group) for group in plumber.cells_to_tables(plumber.intersections_to_cells(crossings))]
    if grids:
        found = [table for table in found if _is_grid(table)]
    return [(table.bbox, _cells_text(table, chars)) for table in found]


def _could_hold_grid(edges: list[dict]) -> bool:
    """Whether these edges (the table finder's, merged) can make two rows of two cells: a cell's
    corners are where a vertical edge meets a horizontal one, so two cells side by side need three
    vertical edges at different x or more, and two rows three horizontal ones at different heights."""
    xs = {e["x0"] for e in edges if e["orientation"] == "v"}
    tops = {e["top"] for e in edges if e["orientation"] == "h"}
    return len(xs) >= 3 and len(tops) >= 3


def _is_grid(table) -> bool:
    """At least two rows of two cells or more."""
    return sum(1 for row in table.rows if sum(1 for cell in row.cells if cell is not None) >= 2) >= 2


def render(path, index: int, scale: float, *, grayscale: bool = True, forms: bool = False,
           box: tuple[float, float, float, float] | None = None):
    """Page ``index`` of ``path`` as a PIL image at ``scale`` pixels per point, under LOCK.

    With ``forms`` the form layer and annotations are drawn (signature appearances need it). With
    ``box`` (x0, top, x1, bottom in points, from the page's top left) only that part is rendered,
    widened to whole pixels: its pixel (0, 0) is the whole page's (floor(x0 * scale), floor(top *
    scale)), with the same pixels; a few stamped numbers need not cost a whole page at 600 dpi. A rotated page is rendered whole
    and cropped after, where the box is still in the rendered image's coordinates."""
    import pypdfium2 as pdfium

    with LOCK:
        pdf = pdfium.PdfDocument(path)
        try:
            if forms:
                pdf.init_forms()
            page = pdf[index]
            crop = (0, 0, 0, 0)
            if box and not page.get_rotation():
                width, height = page.get_size()
                # on the whole page's pixel grid, so the pixels are those of a whole-page rendering
                x0, top = math.floor(box[0] * scale) / scale, math.floor(box[1] * scale) / scale
                x1, bottom = math.ceil(box[2] * scale) / scale, math.ceil(box[3] * scale) / scale
                crop = (max(0.0, x0), max(0.0, height - bottom), max(0.0, width - x1), max(0.0, top))
            image = page.render(scale=scale, grayscale=grayscale, draw_annots=forms, may_draw_forms=forms, crop=crop).to_pil()
        finally:
            pdf.close()
    if box and crop == (0, 0, 0, 0):
        image = image.crop((math.floor(box[0] * scale), math.floor(box[1] * scale), math.ceil(box[2] * scale), math.ceil(box[3] * scale)))
    return image
