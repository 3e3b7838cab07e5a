"""Encrypted and cut-short PDFs: say which, and read what survives of a truncated file.

pdfplumber wraps pdfminer's errors (``PdfminerException``), so an encrypted file used to be
reported as "not a readable PDF" with an empty reason: ``encryption_problem`` finds the
encryption error under the wrapper. A file cut short (a download stopped, a disk filled) has no
trailer at its end: pdfminer then finds no catalog and gives up, though the pages written before
the cut are whole. ``repaired`` ends the data after its last whole object with a trailer naming
the catalog, so those pages are read; ``truncation_warning`` says how many pages were read of
how many the file declared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_EOF_MARKER = b"%%EOF"
_CATALOG = re.compile(rb"(\d+)\s+(\d+)\s+obj\s*<<(?:(?!endobj).){0,2000}?/Type\s*/Catalog\b", re.S)
_END_OBJ = b"endobj"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        yield from (a for a in getattr(exc, "args", ()) if isinstance(a, BaseException))
        exc = exc.__cause__ or exc.__context__


def encryption_problem(exc: BaseException) -> str | None:
    """Why an encrypted PDF cannot be read, when ``exc`` (or what it wraps) is pdfminer's
    encryption error; else None."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    for e in _chain(exc):
        if isinstance(e, PDFPasswordIncorrect):
            return "the PDF is encrypted: it opens only with a password; remove the protection (or print it to a new PDF) to ingest it"
        if isinstance(e, PDFEncryptionError):
            reason = str(e).split(": param=")[0][:120]  # the parameters are binary keys
            return f"the PDF is encrypted with a protection pdfminer cannot open ({reason}); remove the protection to ingest it"
    return None


def is_truncated(data: bytes) -> bool:
    """No end-of-file marker near the end: the file was cut short (or has junk appended)."""
    return _EOF_MARKER not in data[-2048:]


def repaired(data: bytes) -> bytes | None:
    """The data up to its last whole object, with a trailer naming the catalog; None when no
    catalog was written before the cut (then nothing can be read)."""
    catalog = _CATALOG.search(data)
    end = data.rfind(_END_OBJ)
    if catalog is None or end < catalog.end():
        return None
    end += len(_END_OBJ)
    root = f"{int(catalog.group(1))} {int(catalog.group(2))} R".encode()
    return data[:end] + b"\ntrailer\n<< /Root " + root + b" >>\n" + _EOF_MARKER + b"\n"


def declared_pages(pdf) -> int | None:
    """The page count the file's page tree declares, if it can be read."""
    try:
        from pdfminer.pdftypes import resolve1

        pages = resolve1(pdf.doc.catalog.get("Pages"))
        count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
        return int(count) if isinstance(count, int) else None
    except Exception:
        return None


def truncation_warning(path, read: list[int], declared: int | None) -> tuple[str, str]:
    """("truncated", message): the file was cut short; the pages read, of how many declared."""
    shown = ", ".join(str(i + 1) for i in read) if len(read) <= 12 else f"1-{read[-1] + 1}"
    pages = f"{len(read)} page{'s' if len(read) != 1 else ''} ({shown})" if read else "no page"
    if declared and declared > len(read):
        k = declared - len(read)
        lost = f" of the {declared} it declares; {k} page{'s' if k != 1 else ''} lost"
    else:
        lost = "; whatever followed the cut is lost"
    return "truncated", f"{path}: the PDF is cut short (truncated: no end-of-file marker); read {pages}{lost}"
