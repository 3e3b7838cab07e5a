"""What a reader hands on: the document's text plus what its format knows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Source:
    path: str
    format: str  # "txt", "md", "docx", "pdf", ...
    sha256: str
    text: str
    # Text exported from PDF is wrapped at the page width; normalization rejoins such lines.
    soft_wrapped: bool = False
    pages: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each page in text
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    meta: dict[str, Any] = field(default_factory=dict)  # e.g. digital-signature stamp, encoding


class ReadError(Exception):
    """A file that cannot be read at all; the message names the file and the problem."""


def read_bytes(path: Path, empty_ok: bool = False) -> bytes:
    """The file's bytes, or a ReadError naming the file: unreadable, or empty unless ``empty_ok``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if not empty_ok and not data.strip():
        raise ReadError(f"{path}: the file is empty")
    return data
