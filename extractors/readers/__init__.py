"""Readers turn a file into a Source, one module per format. Third-party readers join through
the ``plankb.readers`` entry-point group: the entry point names a module (or object) with
``FORMATS`` (suffix -> format name) and ``read(path) -> Source``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType

from plankb.extractors.readers import docx as docx_reader
from plankb.extractors.readers import pdf as pdf_reader
from plankb.extractors.readers import text as text_reader
from plankb.extractors.source import ReadError, Source

ENTRY_POINT_GROUP = "plankb.readers"
BUILTIN: list[ModuleType] = [text_reader, docx_reader, pdf_reader]


@dataclass
class ReaderInfo:
    name: str
    suffixes: tuple[str, ...]
    origin: str  # "plankb" or the distribution that provides it
    read: Callable[[Path], Source]


@lru_cache(maxsize=1)
def available_readers() -> tuple[ReaderInfo, ...]:
    """Built-in readers, then plugins (looked up once: entry_points() costs tens of milliseconds)."""
    return tuple(_find_readers())


def _find_readers() -> list[ReaderInfo]:
    readers = [
        ReaderInfo(module.__name__.rsplit(".", 1)[-1], tuple(module.FORMATS), "plankb (built-in)", module.read)
        for module in BUILTIN
    ]
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
            suffixes = tuple(obj.FORMATS)
            read = obj.read
        except Exception as exc:  # a broken plugin must not stop the others
            readers.append(ReaderInfo(ep.name, (), f"{_dist(ep)} (failed to load: {exc})", _broken(ep.name, exc)))
            continue
        readers.append(ReaderInfo(ep.name, suffixes, _dist(ep), read))
    return readers


def _dist(ep) -> str:
    dist = getattr(ep, "dist", None)
    return f"{dist.name} {dist.version}" if dist is not None else ep.value


def _broken(name: str, exc: Exception) -> Callable[[Path], Source]:
    def read(path: Path) -> Source:
        raise ReadError(f"{path}: reader plugin {name!r} failed to load: {exc}")

    return read


def reader_for(path: Path) -> ReaderInfo | None:
    suffix = path.suffix.lower()
    # Plugins come after the built-ins and may take over a suffix.
    for info in reversed(available_readers()):
        if suffix in info.suffixes:
            return info
    return None


DEFAULT_MAX_MB = 200  # a scanned plan of a hundred pages is ~50 MB; beyond this, a file is no plan
MAX_MB_ENV = "PLANKB_MAX_MB"


def max_bytes() -> int:
    value = os.environ.get(MAX_MB_ENV, "")
    return int(float(value) * 1e6) if value.replace(".", "", 1).isdigit() else DEFAULT_MAX_MB * 1_000_000


def too_large(size: int, limit: int) -> str:
    """Why a file over the size limit is refused (said before it is opened, and again if read)."""
    return f"too large ({size / 1e6:.0f} MB; the limit is {limit / 1e6:.0f} MB, set {MAX_MB_ENV} to change it)"


def read_file(path: str | Path) -> Source:
    path = Path(path)
    if not path.exists():
        raise ReadError(f"{path}: no such file")
    if path.is_dir():
        raise ReadError(f"{path}: is a folder, not a file")
    size, limit = path.stat().st_size, max_bytes()
    if size > limit:
        raise ReadError(f"{path}: {too_large(size, limit)}")
    info = reader_for(path)
    if info is None:
        known = ", ".join(sorted({s for r in available_readers() for s in r.suffixes}))
        raise ReadError(f"{path}: no reader for {path.suffix or 'files without a suffix'} (readers handle {known})")
    return info.read(path)
