"""OCR of scanned PDF pages with Tesseract's Vietnamese model.

Pages are rendered with pypdfium2 (without annotations: the signature stamp is read from its
widget, not from pixels) and recognized in parallel, one thread per core, since Tesseract is
CPU-bound (its calls let the interpreter's lock go). Words come back with their boxes in PDF points, so the same row, column and paragraph
logic as for a text layer applies.

Tesseract runs as its own library, loaded once per process with the Vietnamese model
(ocr_engine, through libtesseract's C interface), which reads each image through the calls the
``tesseract`` command makes for it: the same TSV, byte for byte. Starting the command and loading
the model costs 0.09 s of CPU (Tesseract 5.3), against about 0.9 s of reading a 300 dpi page and
a few hundredths of reading a crop: a short scan's second readings (a signature block, a title's
holes) cost about three times as much by the command. Without the library, or with another version
than the command's, the command is run: the page goes to it as an uncompressed TIFF file
(``page_tsv``: measured the fastest way), a crop through stdin as PNG, and several crops of one page
segmentation as one list to one process (read_regions). pytesseract runs that same command;
tesserocr binds the C++ API but needs libtesseract's headers to build. Pages run in parallel, one
thread per core, each with a model of its own (ocr_engine.checked_out), in the process that reads
the file: the pages it reads again (the first page's number, date and title, the signing page's
block) stay rendered there. Worker processes, used before, each cost a fork and rendered those
pages a second time: about 0.2 s of CPU a file of two or three pages (bench/bench_ocr.py --pages 8).
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import re
import shutil
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from functools import lru_cache

from plankb.extractors.readers import ocr_cache
from plankb.extractors.readers.pdf_chars import render
from plankb.extractors.readers.positioned import Word
from plankb.extractors.syllables import has_diacritic, is_syllable

LANG = "vie"
DPI = 300
MIN_CONFIDENCE = 10  # Tesseract's confidence (0-100) below which a "word" is a speck or a stroke
# Seconds Tesseract may spend on one page before it is given up (a warning names the page), not
# waited on forever: --ocr-page-seconds, passed to worker processes by the environment.
PAGE_SECONDS_ENV = "PLANKB_OCR_PAGE_SECONDS"
DEFAULT_PAGE_SECONDS = 300  # a dense page at 300 dpi takes 2-10 s on one core


def page_seconds() -> float:
    value = os.environ.get(PAGE_SECONDS_ENV, "")
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_PAGE_SECONDS
    return seconds if seconds > 0 else DEFAULT_PAGE_SECONDS


@lru_cache(maxsize=1)
def unavailable() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "Tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-vie)"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Tesseract does not run ({exc})"
    if LANG not in (out.stdout + out.stderr).split():
        return "Tesseract has no Vietnamese model (Debian: apt-get install tesseract-ocr-vie)"
    return None


PSM = "3"  # Tesseract's page segmentation: fully automatic, as a page of a document needs
SETTINGS = f"dpi={DPI} lang={LANG} psm={PSM}"  # what an OCR cache entry depends on, besides the engine


# A region (a crop of a page read again) is read without Tesseract's second try of each doubtful
# word inverted (white on black): a scan's print is dark on light, and a signature block's doubtful
# words are mostly the seal's and the signature's strokes, each tried again for nothing (15% of
# the block's reading). A whole page is read as the command reads it.
REGION_INVERT = False


def _tesseract_tsv(image: bytes | str, psm: str = PSM, invert: bool = True) -> str:
    """Tesseract's TSV of an image: its bytes (read by the model kept loaded in this process when
    it can, else through the command's stdin) or the name of its file (a whole page: the command).
    Without ``invert``, doubtful words are not tried again inverted."""
    engine = _engine() if isinstance(image, bytes) else None
    if engine is not None:
        return engine.tsv(image, psm, page_seconds(), invert)
    # One thread per Tesseract: the pages already run in parallel, one per core.
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(
        ["tesseract", image if isinstance(image, str) else "stdin", "stdout", "-l", LANG, "--psm", psm, *_invert_option(invert), "tsv"],
        input=None if isinstance(image, str) else image,
        capture_output=True,
        timeout=page_seconds(),
        env=env,
        check=True,
    )
    return out.stdout.decode("utf-8", errors="replace")


def _invert_option(invert: bool) -> list[str]:
    return [] if invert else ["-c", "tessedit_do_invert=0"]


def parse_tsv(tsv: str, scale: float) -> tuple[list[list[Word]], list[int]]:
    """Tesseract's TSV as lines of words (boxes divided by ``scale``, pixels per point) and the
    block of each line."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            conf = float(row["conf"])
            left, top, width, height = (float(row[k]) for k in ("left", "top", "width", "height"))
            key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        except (KeyError, TypeError, ValueError):
            continue
        if conf < MIN_CONFIDENCE:
            text = _syllable_under_specks(text)
            if text is None:
                continue
        lines.setdefault(key, []).append(Word(left / scale, (left + width) / scale, top / scale, (top + height) / scale, text))
    keys = _attach_dashes(lines)
    return [lines[k] for k in keys], [k[0] for k in keys]


_DASH = {"-", "–", "—", "•", "+", "*"}
_LETTERS_THEN_SIGNS = re.compile(r"^([^\W\d_]{2,})[^\w\s]{1,3}$")


def _syllable_under_specks(text: str) -> str | None:
    """A word Tesseract doubted only for the specks it ran into it ("TẢI:©" at the end of "BỘ GIAO
    THÔNG VẬN TẢI"): its letters, when they are one marked Vietnamese syllable in capitals, as the
    header's names are written; else None (a speck, a stroke of the seal, a stamp's "Ngày")."""
    m = _LETTERS_THEN_SIGNS.match(text)
    return m[1] if m and m[1].isupper() and is_syllable(m[1]) and has_diacritic(m[1]) else None


def _attach_dashes(lines: dict[tuple[int, int, int], list[Word]]) -> list[tuple[int, int, int]]:
    """Tesseract often gives a list item's dash a line of its own; put it back before its text."""
    keys = list(lines)
    for key in list(keys):
        words = lines[key]
        if len(words) != 1 or words[0].text not in _DASH:
            continue
        dash = words[0]
        mid = (dash.top + dash.bottom) / 2
        best = None
        for other in keys:
            if other == key or other[0] != key[0]:
                continue
            first = min(lines[other], key=lambda w: w.x0)
            beside = first.x0 >= dash.x1 and first.x0 - dash.x1 < 3 * first.height
            level = first.top - first.height / 2 <= mid <= first.bottom + first.height / 2
            if beside and level and (best is None or first.x0 < min(lines[best], key=lambda w: w.x0).x0):
                best = other
        if best is not None:
            lines[best].append(Word(dash.x0, dash.x1, min(w.top for w in lines[best]), max(w.bottom for w in lines[best]), dash.text))
            keys.remove(key)
    return keys


def ocr_page(path: str, index: int, dpi: int = DPI) -> tuple[list[list[Word]], list[int]]:
    """One page's words, grouped in Tesseract's lines."""
    return parse_tsv(page_tsv(path, index, dpi), dpi / 72)


def page_tsv(path: str, index: int, dpi: int = DPI, engine=None) -> str:
    """Tesseract's TSV for one page rendered at ``dpi``, read by ``engine`` (ocr_engine: one a
    thread reading pages in parallel), else by the process's own, else by the command. The page
    goes to Tesseract as an uncompressed TIFF file: measured on two 300 dpi pages (CPU of encoding
    and Tesseract, four runs each), a TIFF file 0.80 s a page, PNG level 1 through stdin 0.85 s,
    TIFF through stdin 0.94 s (Tesseract reads a large input from stdin slowly); the same TSV from all."""
    import tempfile

    image = page_image(path, index, dpi / 72)  # kept: the signature block may be read again
    engine = engine or _engine()
    if engine is not None:  # the same TIFF, read by the model kept loaded: the same TSV, without a process's start
        buffer = io.BytesIO()
        image.save(buffer, format="TIFF")
        return engine.tsv(buffer.getvalue(), PSM, page_seconds())
    with tempfile.TemporaryDirectory(prefix="plankb-ocr-") as tmp:
        name = os.path.join(tmp, "page.tif")
        image.save(name, format="TIFF")
        return _tesseract_tsv(name)


def png(image) -> bytes:
    """An image as Tesseract reads it fastest through stdin: PNG at the lightest compression
    (a 300 dpi page: PNG level 1 0.05 + 0.92 s; PNG stored 0.04 + 1.10 s, TIFF 0.03 + 1.05 s,
    PGM 0.00 + 1.14 s). The same TSV from all four."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


_RENDERED: dict[tuple, object] = {}
_RENDERED_LOCK = threading.Lock()  # pages are rendered by the threads reading them (ocr_pages)


def page_image(path: str, index: int, scale: float, grayscale: bool = True):
    """A page rendered as ``render`` renders it, kept for the next reading of a part of the same
    page: a signature block is read up to five times, each of which rendered the page anew. Kept:
    the last page rendered and the file's first (a page at 300 dpi is megabytes), in every
    rendering asked: the first page's number, date and title are read again after the file's
    other pages have been read whole, the signing page's block most often on its last.
    A colour rendering of a page that paints nothing but grey (``grey_page``: a grey or bitonal
    scan) is its grey rendering, given as it is (one channel; the callers take a channel or make
    it RGB): the same pixels, without rendering the page again in colour (0.08 s at 300 dpi)."""
    stat = os.stat(path)
    if not grayscale and grey_page(os.fspath(path), stat.st_mtime_ns, stat.st_size, index):
        grayscale = True  # its colour rendering is its grey one in three channels: the grey one is given
    key = (os.fspath(path), stat.st_mtime_ns, stat.st_size, index, scale, grayscale)
    with _RENDERED_LOCK:
        image = _RENDERED.get(key)
    if image is None:
        image = render(path, index, scale, grayscale=grayscale)
        with _RENDERED_LOCK:
            # the same page in other renderings, and the same file's first page
            kept = {k: v for k, v in _RENDERED.items() if k[:4] == key[:4] or (k[:3] == key[:3] and k[3] == 0)}
            _RENDERED.clear()
            _RENDERED.update(kept)
            _RENDERED[key] = image
    return image


@lru_cache(maxsize=64)
def grey_page(path: str, mtime_ns: int, size: int, index: int) -> bool:
    """Whether page ``index`` paints nothing but grey: its images grey or bitonal, its text
    invisible (another engine's OCR layer), nothing else (a path, a visible text may have a colour).
    Its colour rendering is then its grey rendering in three channels (R = G = B = grey: checked on
    every such page of the shared and synthetic scans, 164 pages, at 300 and 200 dpi).
    ``mtime_ns`` and ``size`` key the answer to the file as it is."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from plankb.extractors.readers.pdf_chars import LOCK

    def paints_grey(obj) -> bool:
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM:  # its objects are walked
            return True
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            meta = obj.get_metadata()
            return meta.colorspace in (pdfium_c.FPDF_COLORSPACE_DEVICEGRAY, pdfium_c.FPDF_COLORSPACE_CALGRAY) or meta.bits_per_pixel == 1
        return obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT and pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE

    with LOCK:
        try:
            document = pdfium.PdfDocument(path)
        except Exception:
            return False
        try:
            return all(paints_grey(obj) for obj in document[index].get_objects(max_depth=5))
        except Exception:  # a page PDFium cannot walk: rendered in colour, as before
            return False
        finally:
            document.close()


# The signature block of a scan is re-read on its own: on the whole page, Tesseract's layout
# analysis often takes the seal, the signature and the name under them for one picture and
# drops the name. A crop read as one block of text (psm 6), then its red channel alone as sparse
# text (psm 11: on a colour scan the red seal and signature fade there, the black print stays),
# then the red channel as one block gives it back. Measured on the shared scans (33 signature
# blocks the page pass left without a name): psm 6 finds 9 names, red psm 11 16, red psm 6 15, and
# each of these three finds one the others miss; plain psm 11 and a binarized psm 3, read before,
# found none that red psm 11 misses. Plain psm 6 comes first: the red channel can lose a mark of
# the name ("Chỉ" for "Chi").
REGION_READINGS = (("6", None, False), ("11", None, True), ("6", None, True))


def region_words(path: str, index: int, box: tuple[float, float, float, float], psm: str = "6", threshold: int | None = None,
                 red: bool = False, dpi: int = DPI) -> list[list[Word]]:
    """The lines of words in ``box`` (x0, top, x1, bottom in PDF points) of one page, with their
    boxes in page points; pixels lighter than ``threshold`` are dropped first when it is given.
    With ``red``, the red channel is read: a red seal and signature are light there, black print dark.
    Cached like whole pages when an OCR cache is set."""
    return read_regions(path, index, [(box, psm, threshold, red)], dpi)[0]


Region = tuple  # (box, psm, threshold, red): what ``region_words`` reads


def read_regions(path: str, index: int, regions: list[Region], dpi: int = DPI) -> list[list[list[Word]]]:
    """Each region of one page read as ``region_words`` reads it, those not read before (in this
    process, or in the OCR cache) by one Tesseract process per page segmentation among them: a
    process's start and model load (0.08 s) costs more than reading a word-wide crop."""
    stat = os.stat(path)
    page = (os.fspath(path), stat.st_mtime_ns, stat.st_size, index)
    read = _READ.get(page)
    if read is None:  # the readings of the last page only: a file's second readings are of one page at a time
        _READ.clear()
        read = _READ[page] = {}
    directory = ocr_cache.cache_dir()
    digest = ocr_cache.file_digest(path) if directory else ""
    settings = [_region_settings(box, psm, threshold, red, dpi) for box, psm, threshold, red in regions]
    tsvs: dict[str, str] = {}
    todo: dict[str, list[tuple[str, Region]]] = {}  # by psm: the settings and region still to read
    for key, region in zip(settings, regions):
        if key in tsvs or any(key == k for k, _ in todo.get(region[1], [])):
            continue  # the same region twice in the list
        tsv = read.get(key)
        if tsv is None and directory:
            tsv = ocr_cache.load(ocr_cache.entry(directory, digest, index, key))
        if tsv is None:
            todo.setdefault(region[1], []).append((key, region))
        else:
            tsvs[key] = read[key] = tsv
    for psm, wanted in todo.items():
        crops = [png(_crop(path, index, box, threshold, red, dpi)) for _key, (box, _psm, threshold, red) in wanted]
        for (key, _region), tsv in zip(wanted, _tesseract_tsvs(crops, psm, read)):
            tsvs[key] = read[key] = tsv
            if directory:
                ocr_cache.store(ocr_cache.entry(directory, digest, index, key), tsv)
    out = []
    for key, (box, *_rest) in zip(settings, regions):
        lines, _blocks = parse_tsv(tsvs[key], dpi / 72)
        out.append([[Word(w.x0 + box[0], w.x1 + box[0], w.top + box[1], w.bottom + box[1], w.text) for w in line] for line in lines])
    return out


_READ: dict[tuple, dict[str, str]] = {}  # of the last page read: Tesseract's TSV of each region, by its settings and by its image


def _region_settings(box, psm: str, threshold: int | None, red: bool, dpi: int) -> str:
    """What a region's reading depends on: its cache key (as the whole page's ``SETTINGS``)."""
    invert = "" if REGION_INVERT else " inverted=no"
    return f"dpi={dpi} lang={LANG} psm={psm} threshold={threshold} red={red}{invert} box={','.join(f'{v:.0f}' for v in box)}"


def _crop(path: str, index: int, box, threshold: int | None, red: bool, dpi: int):
    scale = dpi / 72
    crop = page_image(path, index, scale, grayscale=not red).crop(tuple(round(v * scale) for v in box))
    crop = crop.convert("RGB").getchannel("R") if red else crop
    return crop.point(lambda v: 0 if v < threshold else 255) if threshold is not None else crop


def _engine():
    """Tesseract kept loaded in this process (ocr_engine), or None: the command is started."""
    from plankb.extractors.readers import ocr_engine

    return ocr_engine.engine(LANG, ocr_cache.engine_version())


def _tesseract_tsvs(images: list[bytes], psm: str, seen: dict[str, str] | None = None) -> list[str]:
    """Tesseract's TSV of each image (PNG bytes), as read alone: by the model kept loaded in this
    process when it can; else one image through stdin, several as the list of their files given to
    one process (which reads each on its own, numbering them in its TSV's page column: each gets
    its rows back, numbered 1 as when read alone). An image read before with the same page
    segmentation (in ``seen``, which keeps what is read) is not read again: on a scan without
    colour a crop's red channel is its grey, the same pixels, and would give the same TSV."""
    seen = {} if seen is None else seen
    keys = [f"image psm={psm} {hashlib.blake2b(image, digest_size=16).hexdigest()}" for image in images]
    new = list({key: image for key, image in zip(keys, images) if key not in seen}.items())
    tsvs = None
    if len(new) > 1 and _engine() is None:
        out = _one_process([image for _key, image in new], ["--psm", psm, *_invert_option(REGION_INVERT), "tsv"], page_seconds())
        tsvs = _split_pages(out, len(new)) if out is not None else None
    if tsvs is None:  # (or one image spoilt the list: each read alone; a failure of its own raises, as for one region)
        tsvs = [_tesseract_tsv(image, psm, REGION_INVERT) for _key, image in new]
    seen.update((key, tsv) for (key, _image), tsv in zip(new, tsvs))
    return [seen[key] for key in keys]


def _one_process(images: list, options: list[str], timeout: float) -> str | None:
    """What one Tesseract process prints reading ``images`` as a list (their files named in a list
    file; it reads each on its own), or None when it fails."""
    import tempfile

    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="plankb-ocr-") as tmp:
        names = []
        for k, image in enumerate(images):
            names.append(os.path.join(tmp, f"{k}.png"))
            with open(names[-1], "wb") as handle:
                handle.write(image if isinstance(image, bytes) else png(image))
        listing = os.path.join(tmp, "images.txt")
        with open(listing, "w", encoding="utf-8") as handle:
            handle.write("\n".join(names) + "\n")
        try:
            out = subprocess.run(["tesseract", listing, "stdout", "-l", LANG, *options], capture_output=True, timeout=timeout, env=env, check=True)
        except (OSError, subprocess.SubprocessError):
            return None
    return out.stdout.decode("utf-8", errors="replace")


def _split_pages(tsv: str, count: int) -> list[str] | None:
    """A TSV of several images as one TSV each (its page column set to 1), or None unless it
    holds exactly ``count`` images."""
    header, _, body = tsv.partition("\n")
    if not header.startswith("level\t"):
        return None
    pages: dict[str, list[str]] = {}
    for row in body.splitlines():
        fields = row.split("\t")
        if len(fields) < 2:
            continue
        pages.setdefault(fields[1], []).append("\t".join([fields[0], "1", *fields[2:]]))
    if sorted(pages, key=int) != [str(k) for k in range(1, count + 1)]:
        return None
    return [header + "\n" + "".join(r + "\n" for r in pages[str(k)]) for k in range(1, count + 1)]


_DIGITS = re.compile(r"^\d{1,5}$")


def widget_numbers(path: str, index: int, boxes: list[tuple[float, float, float, float]]) -> list[Word]:
    """The numbers and days a document's signing software stamped as pictures into its blanks,
    read from the widgets' own appearance (rendered with the form layer, enlarged, one line
    each); only what reads as a number is kept. Nothing when Tesseract is not here."""
    if unavailable() is not None:
        return []
    from PIL import ImageOps

    if not boxes:
        return []
    scale = 600 / 72  # a stamped "21" is a dozen points tall: enlarge it for the engine
    # only the part of the page holding the widgets is rendered (with the form layer: signature
    # appearances are drawn only with it)
    area = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    image = render(path, index, scale, forms=True, box=area)
    left, top_px = math.floor(area[0] * scale), math.floor(area[1] * scale)  # the rendered part's origin
    crops = []
    for x0, top, x1, bottom in boxes:
        inside = (round(x0 * scale) - left, round(top * scale) - top_px, round(x1 * scale) - left, round(bottom * scale) - top_px)
        crops.append(ImageOps.expand(image.crop(inside), border=40, fill=255))
    texts = _read_lines_of(crops)
    return [Word(x0, x1, top, bottom, text.strip()) for (x0, top, x1, bottom), text in zip(boxes, texts) if _DIGITS.match(text.strip())]


def _read_lines_of(images: list) -> list[str]:
    """Each image read as one line of text (psm 7), by one Tesseract process for them all: its
    start (loading the model) costs more than reading a stamped number, and it reads each image
    of a list on its own, as it would read it alone. An image it cannot read gives ""."""
    out = _one_process(images, ["--psm", "7"], 60)
    texts = out.split("\f") if out is not None else []  # Tesseract ends each image's text with a form feed
    if len(texts) < len(images):  # one image spoilt the list: each read alone
        texts = [_line_of(image) for image in images]
    return texts[: len(images)]


def _line_of(image) -> str:
    """One image read alone as one line of text (psm 7), or "" when Tesseract fails on it."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        out = subprocess.run(["tesseract", "stdin", "stdout", "-l", LANG, "--psm", "7"], input=png(image), capture_output=True,
                             timeout=60, env=env, check=True)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.decode("utf-8", errors="replace")


def _page_tsv_of_thread(path: str, index: int) -> str:
    """``page_tsv`` in a thread of ``ocr_pages``, with an engine no other thread reads with."""
    from plankb.extractors.readers import ocr_engine

    with ocr_engine.checked_out(LANG, ocr_cache.engine_version()) as engine:
        return page_tsv(path, index, engine=engine)


def default_workers() -> int:
    value = os.environ.get("PLANKB_OCR_WORKERS")
    return max(1, int(value)) if value and value.isdigit() else (os.cpu_count() or 1)


def ocr_pages(path: str, indexes: list[int], workers: int | None = None, label: str = "") -> dict[int, tuple[list[list[Word]], list[int]] | Exception]:
    """OCR these pages, in parallel across cores; a page that fails maps to its exception.
    With an OCR cache (``PLANKB_OCR_CACHE``), pages recognized before are not recognized again."""
    tsvs: dict[int, str | Exception] = {}
    directory = ocr_cache.cache_dir()
    entries = {}
    if directory is not None:
        digest = ocr_cache.file_digest(path)
        entries = {i: ocr_cache.entry(directory, digest, i, SETTINGS) for i in indexes}
        for index, entry in entries.items():
            cached = ocr_cache.load(entry)
            if cached is not None:
                tsvs[index] = cached
    todo = [i for i in indexes if i not in tsvs]
    workers = min(workers or default_workers(), len(todo)) or 1
    progress = _Progress(label or path, len(todo))
    if workers == 1:
        for index in todo:
            try:
                tsvs[index] = page_tsv(path, index)
            except Exception as exc:  # one bad page must not lose the others
                tsvs[index] = exc
            progress.step()
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_page_tsv_of_thread, path, index): index for index in todo}
            for future in as_completed(futures):
                try:
                    tsvs[futures[future]] = future.result()
                except Exception as exc:
                    tsvs[futures[future]] = exc
                progress.step()
    progress.close()
    results: dict[int, tuple[list[list[Word]], list[int]] | Exception] = {}
    for index in indexes:
        tsv = tsvs[index]
        if isinstance(tsv, Exception):
            results[index] = tsv
            continue
        if index in todo and index in entries:
            ocr_cache.store(entries[index], tsv)
        results[index] = parse_tsv(tsv, DPI / 72)
    return results


class _Progress:
    """A one-line progress count on standard error, only when a person is watching it."""

    def __init__(self, label: str, total: int):
        self.label, self.total, self.done = label, total, 0
        self.show = total > 1 and sys.stderr.isatty()
        self._draw()

    def _draw(self) -> None:
        if self.show:
            width = 20
            filled = width * self.done // max(1, self.total)
            sys.stderr.write(f"\rOCR {self.label}: [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} pages")
            sys.stderr.flush()

    def step(self) -> None:
        self.done += 1
        self._draw()

    def close(self) -> None:
        if self.show:
            sys.stderr.write("\n")
            sys.stderr.flush()
