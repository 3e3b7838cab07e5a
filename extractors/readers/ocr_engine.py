"""Tesseract kept loaded in this process, for whole pages and for the second readings of a page.

A scanned file's second readings (the signature block, a title's holes, a signer's line) are a
few crops each, read by Tesseract alone; started as the ``tesseract`` command, each reading pays
the process's start and the loading of the Vietnamese model (0.09 s of CPU, measured here with
Tesseract 5.3), which is more than reading a word-wide crop, and about a second of a short file's
time. Here the same library the command runs (libtesseract, through its C interface: no headers
nor build needed) is loaded once per process, with the model, and each image goes through the
calls the command makes for one image (``ProcessPage`` on the image as the command decodes it,
then its TSV): the same TSV as the command's, byte for byte (tests/test_ocrspeed2_engine.py).
A page that takes longer than its time is given up (Tesseract's own deadline) as the command is.

Without the library (another system, another version than the command's), or with
``PLANKB_OCR_IN_PROCESS=0``, None: the callers start the command.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import ctypes.util
import os
import threading
import time
from functools import lru_cache

# What the command prints before the first image's rows (TessTsvRenderer's header).
TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
PSM_BY_NAME = {str(k): k for k in range(14)}
LEPTONICA_SILENT = 6  # L_SEVERITY_NONE: Leptonica prints no message


class Engine:
    """One loaded model (a language) reading images one at a time, as ``tesseract IMAGE stdout
    -l LANG --psm PSM tsv`` reads each."""

    def __init__(self, tess, lept, lang: str):
        self._tess, self._lept, self.lang = tess, lept, lang
        self._lock = threading.Lock()  # one image at a time: the API holds one page's state
        self._api = tess.TessBaseAPICreate()
        configs = (ctypes.c_char_p * 1)(b"tsv")  # the command's "tsv" config file, as it loads it
        if tess.TessBaseAPIInit1(self._api, None, lang.encode(), 3, configs, 1) != 0:  # 3: the default engine mode
            tess.TessBaseAPIDelete(self._api)
            raise OSError(f"Tesseract could not load the {lang!r} model")
        # Its messages ("Estimating resolution as 441") and Leptonica's ("Error in
        # boxClipToRectangle: box outside rectangle") went to the command's standard error, which is
        # captured and dropped; in this process they would reach the terminal.
        tess.TessBaseAPISetVariable(self._api, b"debug_file", os.devnull.encode())
        lept.setMsgSeverity(LEPTONICA_SILENT)
        atexit.register(self.close)

    def close(self) -> None:
        with self._lock:
            if self._api:
                self._tess.TessBaseAPIEnd(self._api)
                self._tess.TessBaseAPIDelete(self._api)
                self._api = None

    def tsv(self, image: bytes, psm: str, timeout: float, invert: bool = True) -> str:
        """The command's TSV of one image (PNG or TIFF bytes) read with page segmentation ``psm``
        (without ``invert``: as with ``-c tessedit_do_invert=0``, doubtful words not tried again
        inverted); OSError when Tesseract fails on it, TimeoutError when it gives up after
        ``timeout`` seconds."""
        tess, lept = self._tess, self._lept
        with self._lock:
            pix = lept.pixReadMem(image, len(image))
            if not pix:
                raise OSError("the image could not be decoded")
            try:
                tess.TessBaseAPISetPageSegMode(self._api, PSM_BY_NAME[psm])
                tess.TessBaseAPISetVariable(self._api, b"tessedit_do_invert", b"1" if invert else b"0")
                start = time.monotonic()
                if not tess.TessBaseAPIProcessPage(self._api, pix, 0, b"stdin", None, max(1, int(timeout * 1000)), None):
                    if time.monotonic() - start >= timeout:
                        raise TimeoutError(f"Tesseract timed out after {timeout:g} seconds")
                    raise OSError("Tesseract failed on the image")
                text = tess.TessBaseAPIGetTsvText(self._api, 0)
                try:
                    body = ctypes.string_at(text).decode("utf-8", errors="replace") if text else ""
                finally:
                    if text:
                        tess.TessDeleteText(text)
            finally:
                box = ctypes.c_void_p(pix)
                lept.pixDestroy(ctypes.byref(box))
                tess.TessBaseAPIClear(self._api)
        return TSV_HEADER + body


@lru_cache(maxsize=1)
def _libraries():
    tess = ctypes.CDLL(ctypes.util.find_library("tesseract") or "libtesseract.so.5")
    lept = ctypes.CDLL(ctypes.util.find_library("lept") or ctypes.util.find_library("leptonica") or "liblept.so.5")
    p = ctypes.c_void_p
    for name, restype, argtypes in (
        ("TessBaseAPICreate", p, []),
        ("TessBaseAPIDelete", None, [p]),
        ("TessBaseAPIInit1", ctypes.c_int, [p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int]),
        ("TessBaseAPISetPageSegMode", None, [p, ctypes.c_int]),
        ("TessBaseAPIProcessPage", ctypes.c_int, [p, p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, p]),
        ("TessBaseAPIGetTsvText", p, [p, ctypes.c_int]),
        ("TessBaseAPIClear", None, [p]),
        ("TessBaseAPIEnd", None, [p]),
        ("TessBaseAPISetVariable", ctypes.c_int, [p, ctypes.c_char_p, ctypes.c_char_p]),
        ("TessDeleteText", None, [p]),
        ("TessVersion", ctypes.c_char_p, []),
    ):
        fn = getattr(tess, name)
        fn.restype, fn.argtypes = restype, argtypes
    lept.pixReadMem.restype, lept.pixReadMem.argtypes = p, [ctypes.c_char_p, ctypes.c_size_t]
    lept.pixDestroy.restype, lept.pixDestroy.argtypes = None, [ctypes.POINTER(p)]
    lept.setMsgSeverity.restype, lept.setMsgSeverity.argtypes = ctypes.c_int, [ctypes.c_int]
    return tess, lept


def library_version() -> str | None:
    """The version of the library this process would load ("5.3.0"), or None without it."""
    try:
        tess, _lept = _libraries()
    except (OSError, AttributeError):
        return None
    return tess.TessVersion().decode()


ENV = "PLANKB_OCR_IN_PROCESS"  # "0": every reading by the command


def engine(lang: str, command_version: str) -> Engine | None:
    """The loaded engine for ``lang``, or None when the library is missing or is not the one the
    ``tesseract`` command runs (``command_version``, as its first line prints it: "tesseract 5.3.0"):
    a reading must not depend on which of the two read it."""
    if os.environ.get(ENV, "1") == "0":
        return None
    return _loaded(lang, command_version)


@lru_cache(maxsize=4)
def _loaded(lang: str, command_version: str) -> Engine | None:
    # One thread per reading, as the command is run: OMP_THREAD_LIMIT is read when the library's
    # OpenMP starts.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    version = library_version()
    if version is None or command_version.split("_")[-1] != version:
        return None
    try:
        tess, lept = _libraries()
        return Engine(tess, lept, lang)
    except (OSError, AttributeError):
        return None


# Engines loaded in this process and not reading now, by (language, command version): the pages
# of one file are read in parallel by threads (ocr.ocr_pages), each with an engine of its own (an
# API holds one page's state); an engine loaded for a thread (0.06 s of CPU, 12 MB) is kept for
# the next file's pages.
_IDLE: dict[tuple[str, str], list[Engine]] = {}
_IDLE_LOCK = threading.Lock()


@contextlib.contextmanager
def checked_out(lang: str, command_version: str):
    """An engine for ``lang`` that no other thread reads with while this one holds it (the
    process's own when it is free, else another loaded or kept for it), or None where ``engine``
    gives None: the callers start the command."""
    main = engine(lang, command_version)
    if main is None:
        yield None
        return
    with _IDLE_LOCK:
        idle = _IDLE.setdefault((lang, command_version), [main])
        chosen = idle.pop() if idle else None
    if chosen is None:
        try:
            chosen = Engine(*_libraries(), lang)
        except (OSError, AttributeError):  # no second model: the threads take turns on the first (its lock)
            yield main
            return
    try:
        yield chosen
    finally:
        with _IDLE_LOCK:
            idle.append(chosen)
