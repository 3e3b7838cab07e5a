"""A reader for the toy ``.plain`` format: UTF-8 text, nothing else.

A reader plugin is any module (or object) with ``FORMATS`` (suffix -> format name) and
``read(path) -> extractors.source.Source``; plankb finds it through the ``plankb.readers``
entry point and uses it for files with those suffixes. Raise ``ReadError`` with a message that
names the file for a file that cannot be read: plankb reports it and goes on with the others.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from plankb.extractors.source import ReadError, Source

FORMATS = {".plain": "plain"}


def read(path: Path) -> Source:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        text = data.decode("utf-8-sig")  # UTF-8, with or without a byte-order mark
    except UnicodeDecodeError as exc:
        raise ReadError(f"{path}: not UTF-8 (byte {exc.start}); .plain files must be UTF-8") from exc
    if not text.strip():
        raise ReadError(f"{path}: the file is empty (no text)")
    source = Source(str(path), FORMATS[".plain"], hashlib.sha256(data).hexdigest(), text)
    source.meta["encoding"] = "utf-8"
    return source
