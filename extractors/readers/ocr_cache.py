"""A cache of Tesseract's output per page, so that reading a scanned PDF again (after a rule or
reader change, or in every run of the accuracy report) does not OCR it again: OCR costs seconds
a page, everything else milliseconds.

What is cached is Tesseract's own TSV for one rendered page, keyed by the file's bytes, the page,
the rendering (dpi) and the engine (language, page segmentation, Tesseract's version): nothing
that plankb's own code does with the words, so a changed reader never meets a stale reading.
Off unless asked for: ``PLANKB_OCR_CACHE=DIR`` (or the report's ``--ocr-cache``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

ENV = "PLANKB_OCR_CACHE"


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "plankb" / "ocr"


def cache_dir() -> Path | None:
    value = os.environ.get(ENV, "").strip()
    return Path(value).expanduser() if value else None


@lru_cache(maxsize=1)
def engine_version() -> str:
    exe = shutil.which("tesseract")
    if exe is None:
        return "none"
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return ((out.stdout or out.stderr).split("\n", 1)[0].strip() or "unknown").replace(" ", "_")


def file_digest(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def entry(directory: Path, digest: str, index: int, settings: str) -> Path:
    key = hashlib.sha256(f"{digest}|{index}|{settings}|{engine_version()}".encode()).hexdigest()[:32]
    return directory / key[:2] / f"{key}.tsv"


def load(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def store(path: Path, tsv: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(tsv, encoding="utf-8")
        tmp.replace(path)  # a reader never sees half an entry
    except OSError:
        pass  # a cache that cannot be written costs time, never the text
